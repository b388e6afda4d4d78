using System.Collections.Immutable;
using CsCheck;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>
/// The detachability index: factor lookup from the catalogue's factor set, the harmonic means, the weighting, and
/// every kind of bad input located. The hand-computed cases are in Examples/detachability.
/// </summary>
public sealed class DetachabilityCalculatorTests
{
    private static DetachabilityProduct Product(string id, string type, string access, string? crossings = null, string? edge = null, double? weight = null, string unit = "EUR") =>
        new(id, [new DetachabilityConnection(type, access)], crossings, edge, weight is { } w ? Q(w, unit) : null);

    private static CalculationException Fails(params DetachabilityProduct[] products) =>
        Assert.Throws<CalculationException>(() => DetachabilityCalculator.Calculate(new DetachabilityInput([.. products]), Cat));

    [Fact]
    public void Every_class_score_comes_from_the_catalogue_factor_set()
    {
        var set = Cat.FindFactorSet(DetachabilityCalculator.FactorSetId)!;
        Assert.All(set.Factors, f => Assert.Equal(Confidence.Unconfirmed, f.Source!.Confidence));
        foreach (var f in set.Factors.Where(f => f.Id.StartsWith("type-", StringComparison.Ordinal)))
        {
            var r = DetachabilityCalculator.Calculate(new DetachabilityInput([Product("p", f.Id["type-".Length..], "free")]), Cat);
            Assert.Equal((double)f.Value!.Value, r.Products[0].Connections[0].TypeFactor, 12);
        }
    }

    [Fact]
    public void A_fully_dry_free_open_product_scores_one_and_the_weakest_factor_pulls_hardest()
    {
        var best = DetachabilityCalculator.Calculate(new DetachabilityInput([Product("p", "dry", "free", "none", "open")]), Cat);
        Assert.Equal(1.0, best.Index, 12);
        Assert.Equal(100.0, best.IndexPercent, 10);

        // harmonic mean of 1.0 and 0.1 is 0.1818..., well below the arithmetic 0.55
        var weak = DetachabilityCalculator.Calculate(new DetachabilityInput([Product("p", "dry", "none")]), Cat);
        Assert.Equal(2 / (1 + 10.0), weak.Index, 12);
        Assert.Equal(2, weak.Products[0].FactorCount);
        Assert.Null(weak.Products[0].CompositionIndex);
    }

    [Fact]
    public void Several_connections_combine_by_their_harmonic_mean()
    {
        var product = new DetachabilityProduct("p", [new("added-elements", "free", "a"), new("hard-chemical", "none", "b")]);
        var r = DetachabilityCalculator.Calculate(new DetachabilityInput([product]), Cat);
        var a = 2 / (1 / 0.8 + 1 / 1.0);
        var b = 0.1;
        Assert.Equal(a, r.Products[0].Connections[0].Index, 12);
        Assert.Equal(2 / (1 / a + 1 / b), r.Products[0].ConnectionIndex, 12);
        Assert.Equal("b", r.Products[0].Connections[1].Id);
    }

    [Fact]
    public void Building_score_is_the_weighted_mean_and_weights_in_other_units_of_the_dimension_convert()
    {
        var r = DetachabilityCalculator.Calculate(new DetachabilityInput([Product("a", "dry", "free", weight: 3, unit: "t"), Product("b", "hard-chemical", "none", weight: 1000, unit: "kg")]), Cat);
        Assert.Equal((3 * 1.0 + 1 * 0.1) / 4, r.Index, 12);
        Assert.Equal("t", r.WeightUnit);
    }

    [Fact]
    public void Unweighted_products_count_equally_and_the_result_says_so()
    {
        var r = DetachabilityCalculator.Calculate(new DetachabilityInput([Product("a", "dry", "free"), Product("b", "hard-chemical", "none")]), Cat);
        Assert.Equal((1.0 + 0.1) / 2, r.Index, 12);
        Assert.Null(r.WeightUnit);
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.Assumption && w.Message.Contains("count equally", StringComparison.Ordinal));
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.Incomplete);
    }

    [Fact]
    public void The_result_is_unconfirmed_because_scores_and_aggregation_are()
    {
        var r = DetachabilityCalculator.Calculate(new DetachabilityInput([Product("a", "dry", "free", "none", "open")]), Cat);
        Assert.Equal(Confidence.Unconfirmed, r.Provenance.Confidence);
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.Unconfirmed && w.Message.Contains("aggregation", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Warnings, w => w.Code == CalculationWarning.Incomplete);
    }

    [Fact]
    public void Every_bad_input_is_reported_at_its_place_not_only_the_first()
    {
        var ex = Fails(
            Product("a", "welded", "free", weight: 10),
            Product("b", "dry", "sideways", weight: 10),
            Product("c", "dry", "free", crossings: "none", weight: 10),
            Product("d", "dry", "free"),
            Product("e", "dry", "free", weight: 5, unit: "m2"),
            new DetachabilityProduct("f", [], Weight: Q(1, "EUR")),
            Product("a", "dry", "free", weight: 1));
        var at = ex.Diagnostics.Select(d => (d.Code, d.Location.Pointer)).ToList();
        Assert.Contains(("TBGO6002", "/products/0/connections/0/type"), at);
        Assert.Contains(("TBGO6002", "/products/1/connections/0/accessibility"), at);
        Assert.Contains(("TBGO6004", "/products/2"), at);
        Assert.Contains(("TBGO6004", "/products/3"), at);
        Assert.Contains(("TBGO6003", "/products/4/weight/unit"), at);
        Assert.Contains(("TBGO6004", "/products/5/connections"), at);
        Assert.Contains(ex.Diagnostics, d => d.Location.Pointer!.StartsWith("/products/6", StringComparison.Ordinal) && d.Message.Contains("'a'", StringComparison.Ordinal));
        Assert.Contains("dry, added-elements, direct-integral", ex.Diagnostics.First(d => d.Location.Pointer == "/products/0/connections/0/type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_products_and_zero_total_weight_are_errors_not_a_number()
    {
        Assert.Contains(Fails().Diagnostics, d => d.Location.Pointer == "/products");
        Assert.Contains(Fails(Product("a", "dry", "free", weight: 0), Product("b", "dry", "free", weight: 0)).Diagnostics, d => d.Location.Pointer == "/products");
    }

    [Fact]
    public void Json_input_errors_carry_pointer_line_and_column()
    {
        var json = """
            {"products": [
              {"id": "a", "connections": [{"type": "dry", "accessibility": "free"}]},
              {"id": "b", "connections": [{"type": "dry", "accessibility": "free", "colour": "red"}]},
              {"id": "c", "connections": [{"type": "welded", "accessibility": "free"}]}
            ]}
            """;
        var outcome = Calculator.Find("detachability")!.Run(System.Text.Encoding.UTF8.GetBytes(json), Cat, "in.json");
        Assert.False(outcome.Succeeded);
        var unknown = Assert.Single(outcome.Diagnostics, d => d.Location.Pointer == "/products/1/connections/0/colour");
        Assert.Equal(3, unknown.Location.Line);

        var semantic = Calculator.Find("detachability")!.Run(System.Text.Encoding.UTF8.GetBytes(json.Replace(", \"colour\": \"red\"", "", StringComparison.Ordinal)), Cat, "in.json");
        var welded = Assert.Single(semantic.Diagnostics, d => d.IsError);
        Assert.Equal("/products/2/connections/0/type", welded.Location.Pointer);
        Assert.Equal(4, welded.Location.Line);
        Assert.Equal(json.Split('\n')[3].IndexOf("\"type\": \"welded\"", StringComparison.Ordinal) + 1, welded.Location.Column); // the key of the named value, as everywhere
    }

    [Fact]
    public void Index_stays_between_the_lowest_and_highest_product_score() =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], Gen.Double[0.01, 100]).Array[1, 8].Sample(rows =>
        {
            string[] types = ["dry", "added-elements", "direct-integral", "soft-chemical", "hard-chemical"];
            string[] access = ["free", "extra-actions", "repairable-damage", "none"];
            var products = rows.Select((r, i) => Product("p" + i, types[r.Item1], access[r.Item2], weight: r.Item3)).ToImmutableArray();
            var result = DetachabilityCalculator.Calculate(new DetachabilityInput(products), Cat);
            var min = result.Products.Min(p => p.Index);
            var max = result.Products.Max(p => p.Index);
            return result.Index >= min - 1e-12 && result.Index <= max + 1e-12 && result.Products.All(p => p.Index <= Math.Min(p.Connections[0].TypeFactor, p.Connections[0].AccessibilityFactor) * 2);
        });
}
