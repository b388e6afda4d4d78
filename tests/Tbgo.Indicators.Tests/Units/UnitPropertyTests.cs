using CsCheck;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

/// <summary>Properties that hold for every pair of units and every value.</summary>
public sealed class UnitPropertyTests
{
    private static readonly Unit[] Atoms = [.. UnitRegistry.Default.Units.Select(u => Unit.Parse(u.Symbol))];

    private static readonly Gen<Unit> AnyAtom = Gen.OneOf(Atoms);

    /// <summary>
    /// Compound units built from one to three atoms in numerator and denominator, kept when their exact
    /// factor fits 128 bits (Mt.TWh.TJ/µg2 does not, and composing it throws OverflowException by design).
    /// </summary>
    private static readonly Gen<Unit> AnyUnit =
        Gen.Select(AnyAtom.Array[1, 3], AnyAtom.Array[0, 2], (num, den) =>
        {
            var text = string.Join(".", num.Select(u => u.Text)) + (den.Length == 0 ? string.Empty : "/(" + string.Join(".", den.Select(u => u.Text)) + ")");
            return Unit.TryParse(text, out var unit) ? unit : null;
        }).Where(u => u is not null).Select(u => u!);

    [Fact]
    public void ComposingBeyond128BitsIsAClearErrorNotAWrongUnit()
    {
        Assert.False(Unit.TryParse("Mt.TWh.TJ/(µg.µg)", out _, out var error));
        Assert.Contains("beyond what the library represents exactly", error, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Unit.Parse("Mt.TWh.TJ") / (Unit.Parse("µg") * Unit.Parse("µg")));
    }

    private static readonly Gen<double> Values = Gen.Double[-1e9, 1e9];

    [Fact]
    public void PrintedUnitsParseBackToEqualUnits() =>
        AnyUnit.Sample(u =>
        {
            var reparsed = Unit.Parse(u.Text);
            Assert.Equal(u, reparsed);
            Assert.Equal(u.Text, reparsed.Text);
        }, iter: 2000);

    /// <summary>Pairs of distinct atoms with one dimension (kg/t, kWh/MJ, a/d, ...): their ratio rescales a unit.</summary>
    private static readonly Gen<Unit> Rescaler = Gen.OneOf<Unit>([..
        from a in Atoms
        from b in Atoms
        where !ReferenceEquals(a, b) && a.IsCompatibleWith(b) && a.Factor != b.Factor
        select a / b]);

    [Fact]
    public void ConvertingThereAndBackReturnsTheValue() =>
        Gen.Select(AnyUnit, Rescaler, Values).Sample((u, scale, v) =>
        {
            if (Compose(() => u * scale) is not { } target)
            {
                return;
            }

            Assert.True(u.IsCompatibleWith(target));
            var back = target.ConvertTo(u.ConvertTo(v, target), u);
            Assert.Equal(v, back, Math.Max(Math.Abs(v), 1) * 1e-14);
        }, iter: 2000);

    [Fact]
    public void ConversionComposes() =>
        Gen.Select(AnyAtom, Values).Sample((a, v) =>
        {
            // For every atom with siblings of the same dimension: a->b->c equals a->c.
            var siblings = Atoms.Where(x => x.IsCompatibleWith(a)).ToArray();
            foreach (var b in siblings.Take(4))
            {
                foreach (var c in siblings.Take(4))
                {
                    var viaB = b.ConvertTo(a.ConvertTo(v, b), c);
                    var direct = a.ConvertTo(v, c);
                    Assert.Equal(direct, viaB, Math.Max(Math.Abs(direct), 1e-300) * 1e-14);
                }
            }
        }, iter: 300);

    [Fact]
    public void ProductDimensionIsTheSumOfDimensions() =>
        Gen.Select(AnyUnit, AnyUnit).Sample((a, b) =>
        {
            if (Compose(() => a * b) is { } product)
            {
                Assert.Equal(a.Dimension * b.Dimension, product.Dimension);
            }

            if (Compose(() => a / b) is { } quotient)
            {
                Assert.Equal(a.Dimension / b.Dimension, quotient.Dimension);
            }

            Assert.True((a / a).IsDimensionless);
        }, iter: 1000);

    [Fact]
    public void CompatibilityIsExactlyDimensionEquality() =>
        Gen.Select(AnyUnit, AnyUnit).Sample((a, b) =>
        {
            Assert.Equal(a.Dimension == b.Dimension, a.IsCompatibleWith(b));
            Assert.Equal(a.Dimension == b.Dimension, a.TryGetConversionTo(b, out _));
        }, iter: 1000);

    [Fact]
    public void QuantityTextRoundTrips() =>
        Gen.Select(AnyUnit, Values).Sample((u, v) =>
        {
            var q = new Quantity(v, u);
            var parsed = Quantity.Parse(q.ToString());
            Assert.Equal(q.Value, parsed.Value);
            Assert.Equal(q.Unit, parsed.Unit);
        }, iter: 2000);

    /// <summary>The composed unit, or null where its exact factor is beyond 128 bits (documented OverflowException).</summary>
    private static Unit? Compose(Func<Unit> compose)
    {
        try
        {
            return compose();
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
