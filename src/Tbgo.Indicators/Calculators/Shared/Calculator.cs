using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// A calculator by name: reads its JSON input (<c>schemas/calculators/NAME.input.schema.json</c>), runs, and
/// returns the result or the located diagnostics. This is what <c>tbgo calc NAME</c> does; write the result with
/// <see cref="CalculatorJson.Write(System.Text.Json.Utf8JsonWriter, ICalculationResult, Catalogue)"/>.
/// </summary>
/// <example>
/// <code>
/// var outcome = Calculator.Find("mpg")!.Run(File.ReadAllBytes("mpg.json"), Catalogue.Default, "mpg.json");
/// Console.WriteLine(outcome.Succeeded ? CalculatorJson.ToJson(outcome.Result, Catalogue.Default) : outcome.Diagnostics[0].ToString());
/// </code>
/// </example>
public abstract class Calculator
{
    private static readonly ImmutableArray<Calculator> AllCalculators =
    [
        new Typed<WlcInput, WlcResult>(WlcCalculator.Name, "Whole-life carbon (EN 15978, Level(s) 1.2, EPBD Annex III).", CalculatorJson.ReadWlcInput, WlcCalculator.Calculate),
        new Typed<MpgInput, MpgResult>(MpgCalculator.Name, "MKI and MPG with the limit value on the permit date.", CalculatorJson.ReadMpgInput, MpgCalculator.Calculate),
        new Typed<BiogenicInput, BiogenicResult>(BiogenicCalculator.Name, "Biogenic CO2 stored in wood and bio-based products (EN 16449).", CalculatorJson.ReadBiogenicInput, BiogenicCalculator.Calculate),
        new Typed<CircularityInput, CircularityResult>(CircularityCalculator.Name, "Material Circularity Indicator (EMF), bio-based and secondary shares.", CalculatorJson.ReadCircularityInput, CircularityCalculator.Calculate),
        new Typed<DetachabilityInput, DetachabilityResult>(DetachabilityCalculator.Name, "Detachability index (losmaakbaarheidsindex): connection type x accessibility x crossings x edge confinement.", CalculatorJson.ReadDetachabilityInput, DetachabilityCalculator.Calculate),
        new Typed<TaxonomyInput, TaxonomyResult>(TaxonomyCalculator.Name, "EU Taxonomy screening (7.1, 7.2, 7.7, CE 3.1).", CalculatorJson.ReadTaxonomyInput, TaxonomyCalculator.Calculate),
        new Typed<EpbdInput, EpbdResult>(EpbdCalculator.Name, "EPBD: life-cycle GWP disclosure and zero-emission obligations.", CalculatorJson.ReadEpbdInput, EpbdCalculator.Calculate),
        new Typed<LimitsInput, LimitsResult>(LimitsCalculator.Name, "The limit value in force, pass/fail and margin, and the roadmap year by year.", CalculatorJson.ReadLimitsInput, LimitsCalculator.Calculate, (input, o) => o.RoadmapFrom is null ? input : input with { RoadmapFrom = o.RoadmapFrom, RoadmapTo = o.RoadmapTo ?? input.RoadmapTo }),
        new Typed<PercentileInput, PercentileResult>(PercentileCalculator.Name, "Rank within the catalogue's reference measurements and the best-X% threshold.", CalculatorJson.ReadPercentileInput, PercentileCalculator.Calculate),
        new Typed<RollupInput, RollupResult>(RollupCalculator.Name, "Roll object values up to area level by the indicator's declared aggregation.", CalculatorJson.ReadRollupInput, RollupCalculator.Calculate),
        new Typed<PathwayInput, PathwayResult>(PathwayCalculator.Name, "A yearly intensity series against a user-supplied pathway (CRREM-style): the first year above it.", CalculatorJson.ReadPathwayInput, PathwayCalculator.Calculate),
    ];

    private static readonly FrozenDictionary<string, Calculator> ByName = AllCalculators.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);

    private Calculator(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>Every calculator, in a fixed order.</summary>
    public static ImmutableArray<Calculator> All => AllCalculators;

    /// <summary>The name (<c>wlc</c>, <c>mpg</c>, ...), as in <c>tbgo calc NAME</c> and the schema file names.</summary>
    public string Name { get; }

    /// <summary>One line on what it computes.</summary>
    public string Description { get; }

    /// <summary>The CLR type of its input.</summary>
    public abstract Type InputType { get; }

    /// <summary>The CLR type of its result.</summary>
    public abstract Type ResultType { get; }

    /// <summary>The calculator with this name, or <see langword="null"/>.</summary>
    /// <param name="name">The name (ordinal, lower case).</param>
    /// <returns>The calculator, or <see langword="null"/>.</returns>
    public static Calculator? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.GetValueOrDefault(name);
    }

    /// <summary>Reads the JSON input and runs the calculator.</summary>
    /// <param name="utf8">The input document (UTF-8 JSON).</param>
    /// <param name="catalogue">The catalogue the input refers to.</param>
    /// <param name="file">The input's file name for diagnostics' locations, or <see langword="null"/>.</param>
    /// <param name="options">Options added to the input, or <see langword="null"/>.</param>
    /// <returns>The result, or the diagnostics that prevented one.</returns>
    public abstract CalculationOutcome Run(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null, CalculatorRunOptions? options = null);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private sealed class Typed<TIn, TOut>(
        string name,
        string description,
        Typed<TIn, TOut>.Reader read,
        Func<TIn, Catalogue, TOut> calculate,
        Func<TIn, CalculatorRunOptions, TIn>? adjust = null) : Calculator(name, description)
        where TIn : class
        where TOut : ICalculationResult
    {
        public delegate CalculatorInputResult<TIn> Reader(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file);

        public override Type InputType => typeof(TIn);

        public override Type ResultType => typeof(TOut);

        public override CalculationOutcome Run(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null, CalculatorRunOptions? options = null)
        {
            ArgumentNullException.ThrowIfNull(catalogue);
            var parsed = read(utf8, catalogue, file);
            if (!parsed.Succeeded)
            {
                return new CalculationOutcome(this, null, JsonPositions.Locate(utf8, parsed.Diagnostics));
            }

            var input = adjust is not null && options is not null ? adjust(parsed.Input, options) : parsed.Input;
            try
            {
                return new CalculationOutcome(this, calculate(input, catalogue), JsonPositions.Locate(utf8, parsed.Diagnostics));
            }
            catch (CalculationException ex)
            {
                return new CalculationOutcome(this, null, JsonPositions.Locate(utf8, [.. ex.Diagnostics.Select(d => d with { Location = d.Location with { File = file } })]));
            }
        }
    }
}
