using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the whole-life-carbon calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="WlcInput"/> from UTF-8 JSON (schema <c>calculators/wlc.input.schema.json</c>).</summary>
    public static CalculatorInputResult<WlcInput> ReadWlcInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, WlcCalculator.Name, catalogue, file, BindWlc);

    /// <summary>Writes a whole-life-carbon result (schema <c>calculators/wlc.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, WlcResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        const string kg = "kg CO2-eq";
        writer.WriteStartObject();
        writer.WriteString("calculator", WlcCalculator.Name);
        Amount(writer, "lifeCycleTotal", result.LifeCycleTotal, kg);
        Amount(writer, "lifeCycleTotalPerAreaYear", result.LifeCycleTotalPerAreaYear, "kg CO2-eq/(m2.a)");
        Amount(writer, "upfrontCarbon", result.UpfrontCarbon, kg);
        Amount(writer, "upfrontCarbonPerArea", result.UpfrontCarbonPerArea, "kg CO2-eq/m2");
        Amount(writer, "embodied", result.Embodied, kg);
        Amount(writer, "operational", result.Operational, kg);
        Amount(writer, "moduleD", result.ModuleD, kg);
        Amount(writer, "moduleDPerAreaYear", result.ModuleDPerAreaYear, "kg CO2-eq/(m2.a)");
        Amount(writer, "area", result.Area, "m2");
        writer.WriteString("areaBasis", result.AreaBasis.ToCode());
        Amount(writer, "referenceStudyPeriod", result.ReferenceStudyPeriod, "a");
        writer.WriteStartObject("biogenic");
        Amount(writer, "uptake", result.Biogenic.Uptake, kg);
        Amount(writer, "release", result.Biogenic.Release, kg);
        Amount(writer, "net", result.Biogenic.Net, kg);
        writer.WriteNumber("declaredByElements", result.Biogenic.DeclaredByElements);
        if (result.Biogenic.StoredCo2 is { } stored)
        {
            writer.WriteStartObject("fromBiogenicResult");
            Amount(writer, "storedCo2", stored, "kg CO2");
            writer.WriteString("uptakeModule", LifeCycleModule.A1ToA3.ToCode());
            writer.WriteString("releaseModule", result.Biogenic.ReleaseModule!.Value.ToCode());
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("fromBiogenicResult");
        }

        writer.WriteEndObject();
        writer.WriteString("buildingLevelCombination", WlcCalculator.BuildingLevelCombination);
        writer.WriteStartArray("stages");
        foreach (var s in result.Stages)
        {
            writer.WriteStartObject();
            writer.WriteString("stage", s.Stage.ToCode());
            Amount(writer, "gwpTotal", s.GwpTotal, kg);
            writer.WriteBoolean("inLifeCycleTotal", s.Stage != LifeCycleStage.BeyondSystemBoundary);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("modules");
        foreach (var m in result.Modules)
        {
            writer.WriteStartObject();
            writer.WriteString("module", m.Module.ToCode());
            writer.WriteString("stage", m.Stage.ToCode());
            Amount(writer, "gwpTotal", m.GwpTotal, kg);
            OptAmount(writer, "gwpFossil", m.GwpFossil, kg);
            OptAmount(writer, "gwpBiogenic", m.GwpBiogenic, kg);
            OptAmount(writer, "gwpLuluc", m.GwpLuluc, kg);
            OptAmount(writer, "buildingLevel", m.BuildingLevel, kg);
            writer.WriteBoolean("inLifeCycleTotal", m.Module != LifeCycleModule.D);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("elements");
        foreach (var e in result.Elements)
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteNumber("declaredUnits", e.DeclaredUnits);
            writer.WriteNumber("replacements", e.Replacements);
            Amount(writer, "lifeCycleTotal", e.LifeCycleTotal, kg);
            Amount(writer, "moduleD", e.ModuleD, kg);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

    private static WlcInput BindWlc(JsonBinder b, JsonElement root)
    {
        CalculatorCodes.TryParse(JsonBinder.Str(root, "areaBasis"), out AreaBasis basis);
        WlcModuleValue Module(JsonElement m, string mp)
        {
            CalculatorCodes.TryParse(JsonBinder.Str(m, "module"), out LifeCycleModule module);
            return new WlcModuleValue(module, b.Quantity(m, "gwpTotal", mp), b.OptQuantity(m, "gwpFossil", mp), b.OptQuantity(m, "gwpBiogenic", mp), b.OptQuantity(m, "gwpLuluc", mp));
        }

        var elements = b.List(root, "elements", string.Empty, (e, p) => new WlcElement(
            JsonBinder.Str(e, "id"),
            b.Quantity(e, "quantity", p),
            b.Quantity(e, "declaredUnit", p),
            b.List(e, "modules", p, Module),
            b.OptQuantity(e, "serviceLife", p),
            JsonBinder.OptStr(e, "name")));
        WlcBiogenicStorage? storage = null;
        if (root.TryGetProperty("biogenicResult", out var biogenic))
        {
            var release = LifeCycleModule.C3;
            if (JsonBinder.OptStr(root, "biogenicReleaseModule") is { } code)
            {
                CalculatorCodes.TryParse(code, out release);
            }

            storage = new WlcBiogenicStorage(b.Quantity(biogenic, "total", "/biogenicResult"), release);
        }

        return new WlcInput(b.Quantity(root, "area", string.Empty), basis, b.Quantity(root, "referenceStudyPeriod", string.Empty), elements, b.OptQuantity(root, "operationalEnergy", string.Empty), b.OptQuantity(root, "operationalWater", string.Empty))
        {
            BuildingModules = b.List(root, "modules", string.Empty, Module),
            BiogenicStorage = storage,
        };
    }
}
