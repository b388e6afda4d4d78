using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Passports;

/// <summary>
/// Runs every calculator a building and material passport (<c>schemas/passport.schema.json</c>) has data for, from
/// the one description: MPG and whole-life carbon from the environmental data of elements and materials, biogenic
/// carbon from the wood materials, the MCI from the materials with a mass, and the detachability index from the
/// elements' connections, weighted by each element's MKI when the MPG ran. Each calculator gets the input it would
/// get from a hand-written file (<see cref="PassportCalculation.Input"/>), so its figures are those of a separate run;
/// a diagnostic from any of them points into the passport. Pure: no I/O, no clock.
/// </summary>
public static class PassportCalculator
{
    /// <summary>The name of the passport run, as in <c>tbgo calc passport</c>.</summary>
    public const string Name = "passport";

    /// <summary>The passport format version this library reads.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>The calculators a passport feeds, in the order they run.</summary>
    public static ImmutableArray<string> Calculators { get; } = [MpgCalculator.Name, WlcCalculator.Name, BiogenicCalculator.Name, CircularityCalculator.Name, DetachabilityCalculator.Name];

    private static readonly Lazy<SchemaNode> Schema = new(() => SchemaCompiler.Compile(EmbeddedData.ReadSchema("passport.schema.json")));

    private static readonly string[] WoodKeys = ["moistureContent", "woodSpecies", "carbonFraction", "woodFraction"];

    private static readonly string[] CircularityKeys =
    [
        "mass", "biobased", "recycledFeedstock", "reusedFeedstock", "biologicalFeedstock", "collectedForRecycling", "collectedForReuse", "collectedForComposting",
        "collectedForEnergyRecovery", "recyclingEfficiency", "feedstockRecyclingEfficiency", "lifetime", "averageLifetime", "useIntensity", "averageUseIntensity",
    ];

    /// <summary>Reads a passport from UTF-8 JSON, checks it against its schema and runs the calculators.</summary>
    /// <param name="utf8">The passport JSON.</param>
    /// <param name="catalogue">The catalogue with the factor sets and limits.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <returns>The combined result, or every problem found with its pointer, line and column.</returns>
    public static PassportOutcome Run(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var diagnostics = new List<Diagnostic>();
        if (!StrictJson.TryParse(utf8, out var document, out var reason, out var pointer))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidCalculatorJson.Create(SourceLocation.InFile(file, pointer: pointer.Length == 0 ? "/" : pointer), reason));
            return Fail(utf8, diagnostics);
        }

        JsonObject root;
        using (document)
        {
            foreach (var e in SchemaValidator.Validate(Schema.Value, new JsonInstance(document.RootElement, string.Empty)))
            {
                diagnostics.Add(e.ToDiagnostic(file));
            }

            if (diagnostics.Count > 0)
            {
                return Fail(utf8, diagnostics);
            }

            root = JsonNode.Parse(document.RootElement.GetRawText())!.AsObject();
        }

        var passport = new Reader(root);
        CheckUniqueIds(passport, file, diagnostics);
        if (diagnostics.Count > 0)
        {
            return Fail(utf8, diagnostics);
        }

        var calculations = ImmutableArray.CreateBuilder<PassportCalculation>();
        var notRun = ImmutableArray.CreateBuilder<PassportNotRun>();
        var omitted = ImmutableArray.CreateBuilder<PassportOmission>();
        var notes = ImmutableArray.CreateBuilder<string>();
        MpgResult? mpg = null;
        foreach (var name in Calculators)
        {
            var projection = name switch
            {
                MpgCalculator.Name => passport.Mpg(),
                WlcCalculator.Name => passport.Wlc(),
                BiogenicCalculator.Name => passport.Biogenic(),
                CircularityCalculator.Name => passport.Circularity(),
                _ => passport.Detachability(mpg, notes),
            };
            if (projection.Missing.Count > 0)
            {
                notRun.Add(new PassportNotRun(name, [.. projection.Missing]));
                continue;
            }

            var input = projection.Input!.ToJsonString();
            var outcome = Calculator.Find(name)!.Run(Encoding.UTF8.GetBytes(input), catalogue, file);
            foreach (var d in outcome.Diagnostics)
            {
                var mapped = projection.Map.ToPassport(d.Location.Pointer);
                diagnostics.Add(d with { Message = $"{name}: {d.Message}", Location = d.Location with { File = file, Line = 0, Column = 0, Pointer = mapped } });
            }

            if (outcome.Succeeded)
            {
                calculations.Add(new PassportCalculation(name, outcome.Result, input));
                mpg = outcome.Result as MpgResult ?? mpg;
                omitted.AddRange(projection.Omitted.Select(o => o with { Calculator = name }));
            }
        }

        if (diagnostics.Exists(d => d.IsError))
        {
            return Fail(utf8, diagnostics);
        }

        var result = new PassportResult(passport.Id, FormatVersion, calculations.ToImmutable(), notRun.ToImmutable(), omitted.ToImmutable(), notes.ToImmutable());
        return new PassportOutcome(result, JsonPositions.Locate(utf8, [.. diagnostics]));
    }

    private static PassportOutcome Fail(ReadOnlySpan<byte> utf8, List<Diagnostic> diagnostics) => new(null, JsonPositions.Locate(utf8, [.. diagnostics]));

    /// <summary>Element and material ids become the ids of calculator elements and products: one namespace.</summary>
    private static void CheckUniqueIds(Reader passport, string? file, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, at) in passport.Owners())
        {
            if (!seen.TryAdd(id, at))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateCalculatorEntry.Create(SourceLocation.InFile(file, pointer: at + "/id"), id, "the element and material ids", seen[id] + "/id"));
            }
        }
    }

    /// <summary>A calculator input built from the passport, with the way back from its pointers to the passport's.</summary>
    private sealed class Projection
    {
        public JsonObject? Input { get; init; }

        public List<string> Missing { get; } = [];

        public List<PassportOmission> Omitted { get; } = [];

        public PointerMap Map { get; } = new();
    }

    /// <summary>
    /// Maps a pointer into a projected input back into the passport: the longest projected prefix wins; the suffix is
    /// kept, except that its first segment may be renamed to another place (an id that comes from the owner element).
    /// </summary>
    private sealed class PointerMap
    {
        private readonly List<(string Projected, string Passport, Dictionary<string, string>? Renames)> _entries = [];

        public void Add(string projected, string passport, Dictionary<string, string>? renames = null) => _entries.Add((projected, passport, renames));

        public string ToPassport(string? pointer)
        {
            var p = pointer is null or "/" ? string.Empty : pointer;
            var best = -1;
            for (var i = 0; i < _entries.Count; i++)
            {
                var prefix = _entries[i].Projected;
                if ((p.Length == prefix.Length || (p.Length > prefix.Length && p[prefix.Length] == '/')) && p.StartsWith(prefix, StringComparison.Ordinal)
                    && (best < 0 || prefix.Length > _entries[best].Projected.Length))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return "/";
            }

            var (projected, passport, renames) = _entries[best];
            var suffix = p[projected.Length..];
            if (suffix.Length > 0 && renames is not null)
            {
                var end = suffix.IndexOf('/', 1);
                var first = end < 0 ? suffix[1..] : suffix[1..end];
                if (renames.TryGetValue(first, out var target))
                {
                    return target + (end < 0 ? string.Empty : suffix[end..]);
                }
            }

            var result = passport + suffix;
            return result.Length == 0 ? "/" : result;
        }
    }

    /// <summary>Reads the validated passport and builds each calculator's input from it.</summary>
    private sealed class Reader(JsonObject root)
    {
        private readonly JsonObject _building = root["building"]!.AsObject();
        private readonly JsonArray _elements = root["elements"]!.AsArray();

        public string Id => (string)_building["id"]!;

        /// <summary>Every element and material with its pointer, elements before their materials.</summary>
        public IEnumerable<(string Id, string Pointer)> Owners()
        {
            for (var i = 0; i < _elements.Count; i++)
            {
                var e = _elements[i]!.AsObject();
                var at = JsonBinder.Child("/elements", i);
                yield return ((string)e["id"]!, at);
                foreach (var (m, mat) in Materials(e, at))
                {
                    yield return ((string)m["id"]!, mat);
                }
            }
        }

        /// <summary>Every environmental data set: its owner (element or material), the owner's pointer and the owning element.</summary>
        private IEnumerable<(JsonObject Owner, string OwnerPointer, JsonObject Environment, int Element)> Environments()
        {
            for (var i = 0; i < _elements.Count; i++)
            {
                var e = _elements[i]!.AsObject();
                var at = JsonBinder.Child("/elements", i);
                if (e["environment"] is JsonObject env)
                {
                    yield return (e, at, env, i);
                }

                foreach (var (m, mat) in Materials(e, at))
                {
                    if (m["environment"] is JsonObject menv)
                    {
                        yield return (m, mat, menv, i);
                    }
                }
            }
        }

        private static IEnumerable<(JsonObject Material, string Pointer)> Materials(JsonObject element, string at)
        {
            if (element["materials"] is JsonArray materials)
            {
                for (var j = 0; j < materials.Count; j++)
                {
                    yield return (materials[j]!.AsObject(), JsonBinder.Child(JsonBinder.Child(at, "materials"), j));
                }
            }
        }

        private IEnumerable<(JsonObject Material, string Pointer)> AllMaterials()
        {
            for (var i = 0; i < _elements.Count; i++)
            {
                foreach (var m in Materials(_elements[i]!.AsObject(), JsonBinder.Child("/elements", i)))
                {
                    yield return m;
                }
            }
        }

        public Projection Mpg()
        {
            var elements = new JsonArray();
            var p = new Projection { Input = new JsonObject() };
            p.Map.Add(string.Empty, "/building", new() { ["elements"] = "/elements" });
            var covered = new HashSet<int>();
            foreach (var (owner, at, env, element) in Environments())
            {
                if (env["impacts"] is null && env["mki"] is null)
                {
                    continue;
                }

                var target = JsonBinder.Child(at, "environment");
                p.Map.Add(JsonBinder.Child("/elements", elements.Count), target, new() { ["id"] = JsonBinder.Child(at, "id"), ["name"] = JsonBinder.Child(at, "name") });
                var o = new JsonObject { ["id"] = owner["id"]!.DeepClone() };
                Copy(owner, o, "name");
                Copy(env, o, "dataCategory", "mki", "impacts");
                elements.Add((JsonNode)o);
                covered.Add(element);
            }

            Require(p, "weightingSet", "building.weightingSet (the NMD weighting set)");
            Require(p, "bvo", "building.bvo (gross floor area)");
            Require(p, "functions", "building.functions (building type and usable area per function)");
            if (elements.Count == 0)
            {
                p.Missing.Add("environmental data with impacts or a published mki on an element or material");
            }

            Uncovered(p, covered, "no environmental data with impacts or mki on the element or its materials");
            Copy(_building, p.Input, "weightingSet", "permitDate", "bvo", "functions");
            p.Input["elements"] = elements;
            return p;
        }

        public Projection Wlc()
        {
            var elements = new JsonArray();
            var p = new Projection { Input = new JsonObject() };
            var area = _building["usefulFloorArea"] is not null ? "usefulFloorArea" : "bvo";
            p.Map.Add(string.Empty, "/building", new() { ["area"] = JsonBinder.Child("/building", area), ["areaBasis"] = JsonBinder.Child("/building", area), ["elements"] = "/elements" });
            var covered = new HashSet<int>();
            foreach (var (owner, at, env, element) in Environments())
            {
                if (env["modules"] is null)
                {
                    continue;
                }

                p.Map.Add(JsonBinder.Child("/elements", elements.Count), JsonBinder.Child(at, "environment"), new() { ["id"] = JsonBinder.Child(at, "id"), ["name"] = JsonBinder.Child(at, "name") });
                var o = new JsonObject { ["id"] = owner["id"]!.DeepClone() };
                Copy(owner, o, "name");
                Copy(env, o, "quantity", "declaredUnit", "serviceLife", "modules");
                elements.Add((JsonNode)o);
                covered.Add(element);
            }

            Require(p, "referenceStudyPeriod", "building.referenceStudyPeriod");
            if (_building[area] is null)
            {
                p.Missing.Add("building.usefulFloorArea or building.bvo (the area per m2)");
            }

            if (elements.Count == 0)
            {
                p.Missing.Add("environmental data with modules (GWP per declared unit per module) on an element or material");
            }

            Uncovered(p, covered, "no environmental data with modules on the element or its materials");
            if (_building[area] is { } a)
            {
                p.Input["area"] = a.DeepClone();
                p.Input["areaBasis"] = area == "bvo" ? "bvo" : "useful-floor-area";
            }

            Copy(_building, p.Input, "referenceStudyPeriod", "operationalEnergy", "operationalWater");
            p.Input["elements"] = elements;
            return p;
        }

        public Projection Biogenic()
        {
            var products = new JsonArray();
            var p = new Projection { Input = new JsonObject() };
            p.Map.Add(string.Empty, "/building", new() { ["area"] = "/building/bvo", ["areaBasis"] = "/building/bvo", ["products"] = "/elements" });
            foreach (var (m, at) in AllMaterials())
            {
                if (!WoodKeys.Any(k => m[k] is not null))
                {
                    continue;
                }

                p.Map.Add(JsonBinder.Child("/products", products.Count), at, new() { ["carbonFractionFactor"] = JsonBinder.Child(at, "woodSpecies") });
                var o = new JsonObject { ["id"] = m["id"]!.DeepClone() };
                Copy(m, o, "name", "volume", "density", "moistureContent", "carbonFraction");
                if (m["woodSpecies"] is { } species)
                {
                    o["carbonFractionFactor"] = species.DeepClone();
                }

                Copy(m, o, "woodFraction");
                products.Add((JsonNode)o);
            }

            if (products.Count == 0)
            {
                p.Missing.Add("a wood material (moistureContent, woodSpecies, carbonFraction or woodFraction, with volume and density)");
            }

            if (_building["bvo"] is { } bvo)
            {
                p.Input["area"] = bvo.DeepClone();
                p.Input["areaBasis"] = "bvo";
            }

            p.Input["products"] = products;
            return p;
        }

        public Projection Circularity()
        {
            var products = new JsonArray();
            var p = new Projection { Input = new JsonObject() };
            p.Map.Add(string.Empty, "/building", new() { ["date"] = "/building/permitDate", ["buildingType"] = "/building/functions/0/buildingType", ["products"] = "/elements" });
            foreach (var (m, at) in AllMaterials())
            {
                if (!CircularityKeys.Any(k => m[k] is not null))
                {
                    p.Omitted.Add(new PassportOmission(string.Empty, (string)m["id"]!, at, "no mass and no circularity data"));
                    continue;
                }

                p.Map.Add(JsonBinder.Child("/products", products.Count), at);
                var o = new JsonObject { ["id"] = m["id"]!.DeepClone() };
                Copy(m, o, "name", "mass", "volume");
                Copy(m, o, CircularityKeys[1..]);
                products.Add((JsonNode)o);
            }

            if (products.Count == 0)
            {
                p.Missing.Add("a material with a mass");
            }

            Copy(_building, p.Input, "permitDate");
            if (p.Input["permitDate"] is { } date)
            {
                p.Input.Remove("permitDate");
                p.Input["date"] = date;
            }

            if (_building["functions"] is JsonArray { Count: > 0 } functions)
            {
                p.Input["buildingType"] = functions[0]!["buildingType"]!.DeepClone();
            }

            p.Input["products"] = products;
            return p;
        }

        public Projection Detachability(MpgResult? mpg, ImmutableArray<string>.Builder notes)
        {
            var products = new JsonArray();
            var p = new Projection { Input = new JsonObject() };
            p.Map.Add(string.Empty, "/", new() { ["products"] = "/elements" });
            var mki = mpg?.Elements.ToDictionary(e => e.Id, e => e.Mki, StringComparer.Ordinal);
            var weights = new List<double?>();
            for (var i = 0; i < _elements.Count; i++)
            {
                var e = _elements[i]!.AsObject();
                var at = JsonBinder.Child("/elements", i);
                if (e["detachability"] is not JsonObject d)
                {
                    p.Omitted.Add(new PassportOmission(string.Empty, (string)e["id"]!, at, "no detachability data (connections)"));
                    continue;
                }

                p.Map.Add(JsonBinder.Child("/products", products.Count), JsonBinder.Child(at, "detachability"), new() { ["id"] = JsonBinder.Child(at, "id"), ["name"] = JsonBinder.Child(at, "name"), ["weight"] = at });
                var o = new JsonObject { ["id"] = e["id"]!.DeepClone() };
                Copy(e, o, "name");
                Copy(d, o, "connections", "crossings", "edgeConfinement");
                products.Add((JsonNode)o);
                weights.Add(mki is null ? null : ElementMki(e, mki));
            }

            if (products.Count == 0)
            {
                p.Missing.Add("an element with detachability data (connections)");
            }
            else if (mpg is null)
            {
                notes.Add("detachability: the MPG did not run, so the elements count equally instead of by their MKI.");
            }
            else if (weights.Any(w => w is not > 0))
            {
                notes.Add("detachability: not every element with connections has a positive MKI in the MPG result, so the elements count equally instead of by their MKI.");
            }
            else
            {
                for (var k = 0; k < products.Count; k++)
                {
                    products[k]!["weight"] = new JsonObject { ["value"] = weights[k]!.Value, ["unit"] = "EUR" };
                }

                notes.Add("detachability: each element is weighted by its MKI in the MPG result (the element's own environmental data and its materials', after the data-category uplift).");
            }

            p.Input["products"] = products;
            return p;
        }

        private static double? ElementMki(JsonObject element, Dictionary<string, double> mki)
        {
            double? sum = null;
            if (mki.TryGetValue((string)element["id"]!, out var own))
            {
                sum = own;
            }

            foreach (var (m, _) in Materials(element, string.Empty))
            {
                if (mki.TryGetValue((string)m["id"]!, out var v))
                {
                    sum = (sum ?? 0) + v;
                }
            }

            return sum;
        }

        private void Require(Projection p, string key, string what)
        {
            if (_building[key] is null)
            {
                p.Missing.Add(what);
            }
        }

        private void Uncovered(Projection p, HashSet<int> covered, string reason)
        {
            for (var i = 0; i < _elements.Count; i++)
            {
                if (!covered.Contains(i))
                {
                    p.Omitted.Add(new PassportOmission(string.Empty, (string)_elements[i]!["id"]!, JsonBinder.Child("/elements", i), reason));
                }
            }
        }

        private static void Copy(JsonObject from, JsonObject to, params ReadOnlySpan<string> keys)
        {
            foreach (var key in keys)
            {
                if (from[key] is { } value)
                {
                    to[key] = value.DeepClone();
                }
            }
        }
    }
}
