using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Passports;

/// <summary>
/// Reads an LCAx project (the open LCA exchange format of ocni-dtu/lcax, formatVersion 2 and later, camelCase keys;
/// assemblies and products as an object keyed by id or as an array) into a passport. LCAx semantics (lcax_calculation
/// calculate.rs): a product's quantity is per unit of its assembly, its impact is the EPD value per declared unit x
/// the unit conversion x the quantity, and the assembly's is the sum x the assembly quantity. So each product becomes
/// a material whose quantity is assembly quantity x product quantity in the EPD's declared unit, with GWP per module
/// (gwp, gwp_fos, gwp_bio, gwp_lul). Everything that has no place in a passport is listed in the loss report, never
/// dropped silently.
/// </summary>
public static class LcaxImport
{
    private static readonly Dictionary<string, string> Modules = new(StringComparer.Ordinal)
    {
        ["a1a3"] = "A1-A3", ["a4"] = "A4", ["a5"] = "A5", ["b1"] = "B1", ["b2"] = "B2", ["b3"] = "B3", ["b4"] = "B4", ["b5"] = "B5",
        ["b6"] = "B6", ["b7"] = "B7", ["c1"] = "C1", ["c2"] = "C2", ["c3"] = "C3", ["c4"] = "C4", ["d"] = "D",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m"] = "m", ["m2"] = "m2", ["m3"] = "m3", ["kg"] = "kg", ["tones"] = "t", ["pcs"] = "1", ["kwh"] = "kWh", ["l"] = "L", ["km"] = "km",
    };

    private static readonly (string Key, string Field)[] Gwp = [("gwp", "gwpTotal"), ("gwp_fos", "gwpFossil"), ("gwp_bio", "gwpBiogenic"), ("gwp_lul", "gwpLuluc")];

    /// <summary>Imports an LCAx project.</summary>
    /// <param name="utf8">The LCAx JSON.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <returns>The passport JSON and the loss report, or the diagnostics when the input is not an LCAx project.</returns>
    public static LcaxImportResult Import(ReadOnlySpan<byte> utf8, string? file = null)
    {
        if (!StrictJson.TryParse(utf8, out var document, out var reason, out var pointer))
        {
            return Failed(utf8, DiagnosticDescriptors.InvalidCalculatorJson.Create(SourceLocation.InFile(file, pointer: pointer.Length == 0 ? "/" : pointer), reason));
        }

        using (document)
        {
            var root = document.RootElement;
            var problems = new List<Diagnostic>();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("assemblies", out var assemblies) || assemblies.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                return Failed(utf8, DiagnosticDescriptors.InvalidCalculatorValue.Create(SourceLocation.InFile(file, pointer: "/"), "(the document)", "an LCAx project", "it needs 'assemblies' (an object keyed by id or an array)"));
            }

            var import = new Importer(file, problems);
            var passport = import.Project(root);
            if (problems.Exists(d => d.IsError))
            {
                return new LcaxImportResult(null, [.. import.Losses], JsonPositions.Locate(utf8, [.. problems]));
            }

            var text = passport.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            return new LcaxImportResult(text, [.. import.Losses], JsonPositions.Locate(utf8, [.. problems]));
        }
    }

    private static LcaxImportResult Failed(ReadOnlySpan<byte> utf8, Diagnostic d) => new(null, [], JsonPositions.Locate(utf8, [d]));

    private static JsonObject Quantity(double value, string unit) => new() { ["value"] = value, ["unit"] = unit };

    private sealed class Importer(string? file, List<Diagnostic> problems)
    {
        public List<LcaxLoss> Losses { get; } = [];

        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public JsonObject Project(JsonElement project)
        {
            var building = new JsonObject { ["id"] = Id(project, "/", "project") };
            if (Str(project, "name") is { Length: > 0 } name)
            {
                building["name"] = name;
            }

            if (project.TryGetProperty("referenceStudyPeriod", out var rsp) && Finite(rsp) is { } years && years > 0)
            {
                building["referenceStudyPeriod"] = Quantity(years, "a");
            }
            else
            {
                Lose("/referenceStudyPeriod", "not given; whole-life carbon needs building.referenceStudyPeriod");
            }

            if (project.TryGetProperty("projectInfo", out var info) && info.ValueKind == JsonValueKind.Object)
            {
                ProjectInfo(info, building);
            }

            foreach (var key in (string[])["location", "owner", "projectPhase", "softwareInfo", "lciaMethod", "classificationSystem", "metaData"])
            {
                if (project.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null)
                {
                    Lose(JsonBinder.Child(string.Empty, key), "no place in the passport");
                }
            }

            if (project.TryGetProperty("results", out var results) && results.ValueKind != JsonValueKind.Null)
            {
                Lose("/results", "precomputed results are not imported; tbgo calc passport recomputes them");
            }

            var elements = new JsonArray();
            foreach (var (assembly, at) in Items(project.GetProperty("assemblies"), "/assemblies"))
            {
                if (Assembly(assembly, at) is { } element)
                {
                    elements.Add((JsonNode)element);
                }
            }

            if (elements.Count == 0)
            {
                problems.Add(DiagnosticDescriptors.InvalidCalculatorValue.Create(SourceLocation.InFile(file, pointer: "/assemblies"), "[]", "the assemblies", "an LCAx project needs at least one assembly to become a passport"));
            }

            return new JsonObject { ["passportVersion"] = PassportCalculator.FormatVersion, ["building"] = building, ["elements"] = elements };
        }

        private void ProjectInfo(JsonElement info, JsonObject building)
        {
            const string at = "/projectInfo";
            if (info.TryGetProperty("grossFloorArea", out var gfa) && gfa.ValueKind == JsonValueKind.Object && AreaM2(gfa) is { } bvo)
            {
                building["bvo"] = Quantity(bvo, "m2");
                if (Str(gfa, "definition") is { Length: > 0 } def)
                {
                    Lose(at + "/grossFloorArea/definition", $"the definition '{def}' is not kept; bvo is read as NEN 2580 gross floor area");
                }
            }
            else if (info.TryGetProperty("grossFloorArea", out var g) && g.ValueKind != JsonValueKind.Null)
            {
                Lose(at + "/grossFloorArea", "not an area in m2");
            }

            foreach (var p in info.EnumerateObject())
            {
                if (p.Name is "grossFloorArea" or "type" || p.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var why = p.Name switch
                {
                    "heatedFloorArea" => "a heated floor area is not the useful floor area (GO, NEN 2580) the passport asks for",
                    "buildingPermitYear" or "buildingCompletionYear" => "a year, while the passport takes a date (permitDate, completionDate)",
                    "buildingTypology" or "buildingType" => "no mapping to a Bbl building function (building.functions)",
                    _ => "no place in the passport",
                };
                Lose(JsonBinder.Child(at, p.Name), why);
            }
        }

        private JsonObject? Assembly(JsonElement assembly, string at)
        {
            if (assembly.ValueKind != JsonValueKind.Object || Str(assembly, "type") == "reference")
            {
                Lose(at, "a reference to an assembly elsewhere is not resolved");
                return null;
            }

            var element = new JsonObject { ["id"] = Id(assembly, at, "assembly") };
            if (Str(assembly, "name") is { Length: > 0 } name)
            {
                element["name"] = name;
            }

            Classification(assembly, at, element);
            var quantity = assembly.TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Number && q.TryGetDouble(out var aq) ? aq : double.NaN;
            if (!double.IsFinite(quantity))
            {
                problems.Add(DiagnosticDescriptors.InvalidCalculatorValue.Create(SourceLocation.InFile(file, pointer: JsonBinder.Child(at, "quantity")), "(missing)", "the assembly quantity", "give a number"));
                return element;
            }

            var materials = new JsonArray();
            if (assembly.TryGetProperty("products", out var products) && products.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                foreach (var (product, pat) in Items(products, JsonBinder.Child(at, "products")))
                {
                    if (Product(product, pat, quantity) is { } material)
                    {
                        materials.Add((JsonNode)material);
                    }
                }
            }

            foreach (var key in (string[])["description", "comment", "metaData"])
            {
                if (Str(assembly, key) is { Length: > 0 } || (assembly.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Object))
                {
                    Lose(JsonBinder.Child(at, key), "no place in the passport");
                }
            }

            if (assembly.TryGetProperty("results", out var r) && r.ValueKind != JsonValueKind.Null)
            {
                Lose(JsonBinder.Child(at, "results"), "precomputed results are not imported");
            }

            element["materials"] = materials;
            return element;
        }

        private void Classification(JsonElement assembly, string at, JsonObject element)
        {
            if (!assembly.TryGetProperty("classification", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            var i = 0;
            foreach (var c in list.EnumerateArray())
            {
                var cat = JsonBinder.Child(JsonBinder.Child(at, "classification"), i);
                i++;
                var system = Str(c, "system") ?? string.Empty;
                var code = Str(c, "code") ?? string.Empty;
                var normalised = system.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                if (normalised.Equals("nlsfb", StringComparison.OrdinalIgnoreCase) && IsNlSfb(code) && element["nlsfb"] is null)
                {
                    element["nlsfb"] = code;
                }
                else
                {
                    Lose(cat, $"classification {system} {code} is not NL-SfB and is not kept");
                }
            }
        }

        private static bool IsNlSfb(string code) =>
            code.Length is 2 or 4 or 5 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1])
            && (code.Length == 2 || (code[2] == '.' && code[3..].All(char.IsAsciiDigit)));

        private JsonObject? Product(JsonElement product, string at, double assemblyQuantity)
        {
            if (product.ValueKind != JsonValueKind.Object || Str(product, "type") == "reference")
            {
                Lose(at, "a reference to a product elsewhere is not resolved");
                return null;
            }

            var material = new JsonObject { ["id"] = Id(product, at, "product") };
            if (Str(product, "name") is { Length: > 0 } name)
            {
                material["name"] = name;
            }

            if (product.TryGetProperty("transport", out var transport) && transport.ValueKind != JsonValueKind.Null)
            {
                Lose(JsonBinder.Child(at, "transport"), "transport is not converted into module A4; give A4 in the EPD");
            }

            if (Str(product, "description") is { Length: > 0 })
            {
                Lose(JsonBinder.Child(at, "description"), "no place in the passport");
            }

            var epds = new List<(JsonElement Epd, string Pointer)>();
            if (product.TryGetProperty("impactData", out var data))
            {
                if (data.ValueKind == JsonValueKind.Array)
                {
                    var k = 0;
                    foreach (var e in data.EnumerateArray())
                    {
                        epds.Add((e, JsonBinder.Child(JsonBinder.Child(at, "impactData"), k)));
                        k++;
                    }
                }
                else if (data.ValueKind == JsonValueKind.Object)
                {
                    epds.Add((data, JsonBinder.Child(at, "impactData")));
                }
            }

            foreach (var (_, extra) in epds.Skip(1))
            {
                Lose(extra, "only the first impact data set of a product is imported (a time series of EPDs is not)");
            }

            if (epds.Count == 0 || Str(epds[0].Epd, "type") == "reference")
            {
                Lose(epds.Count == 0 ? at : epds[0].Pointer, "no EPD or generic data in the file (a reference is not resolved): the material has no environmental data");
                return material;
            }

            var (epd, ep) = epds[0];
            var productUnit = Str(product, "unit") ?? string.Empty;
            var declared = Str(epd, "declaredUnit") ?? string.Empty;
            var quantity = product.TryGetProperty("quantity", out var pq) && pq.ValueKind == JsonValueKind.Number && pq.TryGetDouble(out var d) ? d : double.NaN;
            if (!Units.TryGetValue(declared, out var declaredUnit) || !double.IsFinite(quantity))
            {
                Lose(ep, $"declared unit '{declared}' or product quantity cannot be read: the material has no environmental data");
                return material;
            }

            var factor = Conversion(productUnit, declared, epd);
            if (factor is null)
            {
                Lose(JsonBinder.Child(at, "unit"), $"no conversion from the product unit '{productUnit}' to the declared unit '{declared}': the material has no environmental data");
                return material;
            }

            var inDeclared = assemblyQuantity * quantity * factor.Value;
            if (!double.IsFinite(inDeclared))
            {
                Lose(JsonBinder.Child(at, "quantity"), "assembly quantity x product quantity is beyond the range of a number: the material has no environmental data");
                return material;
            }
            var env = new JsonObject { ["quantity"] = Quantity(inDeclared, declaredUnit), ["declaredUnit"] = Quantity(1, declaredUnit) };
            if (product.TryGetProperty("referenceServiceLife", out var rsl) && Finite(rsl) is { } life && life > 0)
            {
                env["serviceLife"] = Quantity(life, "a");
            }

            var modules = ModulesOf(epd, ep);
            if (modules.Count > 0)
            {
                env["modules"] = modules;
            }
            else
            {
                Lose(JsonBinder.Child(ep, "impacts"), "no GWP per module: the material has no whole-life carbon data");
            }

            if (Str(epd, "source") is { } || (epd.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Object))
            {
                env["dataSource"] = Source(epd);
            }

            if (epd.TryGetProperty("impacts", out var all) && all.ValueKind == JsonValueKind.Object && all.EnumerateObject().Any(c => !Gwp.Any(g => g.Key == c.Name)))
            {
                Lose(JsonBinder.Child(ep, "impacts"), "impact categories other than GWP are not imported: the MPG needs totals over its study period with an NMD data category, which LCAx does not carry");
            }
            material["environment"] = env;
            if (MassKg(declared, epd) is { } kgPerDeclared && double.IsFinite(inDeclared * kgPerDeclared))
            {
                material["mass"] = Quantity(inDeclared * kgPerDeclared, "kg");
                Lose(at, "no circularity data (recycled or reused content, end-of-life routes) in LCAx: an MCI from this passport treats the material as virgin and landfilled");
            }

            return material;
        }

        private JsonArray ModulesOf(JsonElement epd, string at)
        {
            var modules = new JsonArray();
            if (!epd.TryGetProperty("impacts", out var impacts) || impacts.ValueKind != JsonValueKind.Object || !impacts.TryGetProperty("gwp", out var gwp) || gwp.ValueKind != JsonValueKind.Object)
            {
                return modules;
            }

            foreach (var m in gwp.EnumerateObject())
            {
                if (Finite(m.Value) is null)
                {
                    continue;
                }

                if (!Modules.TryGetValue(m.Name, out var module))
                {
                    Lose(JsonBinder.Child(JsonBinder.Child(JsonBinder.Child(at, "impacts"), "gwp"), m.Name), $"module '{m.Name}' is not an EN 15978 module the passport takes (A1-A3 ... D)");
                    continue;
                }

                var o = new JsonObject { ["module"] = module };
                foreach (var (key, field) in Gwp)
                {
                    if (impacts.TryGetProperty(key, out var cat) && cat.ValueKind == JsonValueKind.Object && cat.TryGetProperty(m.Name, out var v) && Finite(v) is { } gwpValue)
                    {
                        o[field] = Quantity(gwpValue, "kg CO2-eq");
                    }
                }

                modules.Add((JsonNode)o);
            }

            return modules;
        }

        /// <summary>Product units per declared unit: 1 when equal, else 1 / value of the EPD conversion to the product unit.</summary>
        private static double? Conversion(string productUnit, string declared, JsonElement epd)
        {
            if (string.Equals(productUnit, declared, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            foreach (var c in Conversions(epd))
            {
                if (string.Equals(c.To, productUnit, StringComparison.OrdinalIgnoreCase) && c.Value > 0)
                {
                    return 1 / c.Value;
                }
            }

            return null;
        }

        private static double? MassKg(string declared, JsonElement epd)
        {
            if (declared.Equals("kg", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            if (declared.Equals("tones", StringComparison.OrdinalIgnoreCase))
            {
                return 1000;
            }

            foreach (var c in Conversions(epd))
            {
                if (c.To.Equals("kg", StringComparison.OrdinalIgnoreCase) && c.Value > 0)
                {
                    return c.Value;
                }
            }

            return null;
        }

        private static IEnumerable<(string To, double Value)> Conversions(JsonElement epd)
        {
            if (epd.TryGetProperty("conversions", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var c in list.EnumerateArray())
                {
                    if (Str(c, "to") is { } to && c.TryGetProperty("value", out var v) && Finite(v) is { } value)
                    {
                        yield return (to, value);
                    }
                }
            }
        }

        private static string Source(JsonElement epd)
        {
            var parts = new List<string>();
            if (epd.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object)
            {
                parts.AddRange(new[] { Str(s, "name"), Str(s, "url") }.OfType<string>().Where(x => x.Length > 0));
            }

            parts.AddRange(new[] { Str(epd, "name"), Str(epd, "standard") is { } std ? "standard " + std : null, Str(epd, "subtype") is { } sub ? "subtype " + sub : null }.OfType<string>().Where(x => x.Length > 0));
            var text = "LCAx: " + string.Join("; ", parts);
            return text.Length > 500 ? text[..500] : text;
        }

        /// <summary>The id as given when it fits the passport's id pattern and is new, else a sanitised unique one (reported).</summary>
        private string Id(JsonElement e, string at, string what)
        {
            var given = Str(e, "id") ?? string.Empty;
            var id = new string([.. given.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]).TrimStart('.', '_', '-');
            if (id.Length > 200)
            {
                id = id[..200];
            }

            if (id.Length == 0)
            {
                id = what;
            }

            var unique = id;
            for (var n = 2; !_ids.Add(unique); n++)
            {
                unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            if (unique != given)
            {
                Lose(JsonBinder.Child(at == "/" ? string.Empty : at, "id"), $"the {what} id '{given}' became '{unique}' (passport ids are unique letters, digits, '.', '_' and '-')");
            }

            return unique;
        }

        private static double? AreaM2(JsonElement q) =>
            q.TryGetProperty("value", out var v) && Finite(v) is { } area && area > 0 && string.Equals(Str(q, "unit"), "m2", StringComparison.OrdinalIgnoreCase) ? area : null;

        private static IEnumerable<(JsonElement Item, string Pointer)> Items(JsonElement container, string at)
        {
            if (container.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in container.EnumerateArray())
                {
                    yield return (item, JsonBinder.Child(at, i));
                    i++;
                }
            }
            else
            {
                foreach (var p in container.EnumerateObject())
                {
                    yield return (p.Value, JsonBinder.Child(at, p.Name));
                }
            }
        }

        /// <summary>A finite JSON number, or <see langword="null"/> (also for 1e400, which a double cannot hold).</summary>
        private static double? Finite(JsonElement e) => e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var d) && double.IsFinite(d) ? d : null;

        private static string? Str(JsonElement e, string key) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private void Lose(string pointer, string reason) => Losses.Add(new LcaxLoss(pointer.Length == 0 ? "/" : pointer, reason));
    }
}

/// <summary>An LCAx import: the passport, what did not map, and problems.</summary>
/// <param name="Passport">The passport JSON (schema <c>passport.schema.json</c>), or <see langword="null"/> when the input could not be read.</param>
/// <param name="Losses">Every field of the LCAx file that has no place in the passport or could not be converted, with its pointer.</param>
/// <param name="Diagnostics">Errors that prevented the import, located in the LCAx file.</param>
public sealed record LcaxImportResult(string? Passport, ImmutableArray<LcaxLoss> Losses, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>A field of the LCAx file that was not imported, or not as it was.</summary>
/// <param name="Pointer">Its JSON pointer in the LCAx file.</param>
/// <param name="Reason">What happened to it and why.</param>
public sealed record LcaxLoss(string Pointer, string Reason);
