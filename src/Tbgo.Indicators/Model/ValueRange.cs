namespace Tbgo.Indicators.Model;

/// <summary>The plausible range of an indicator's values in its canonical unit; values outside are rejected in exports.</summary>
/// <param name="Min">Smallest plausible value, or <see langword="null"/>.</param>
/// <param name="Max">Largest plausible value, or <see langword="null"/>.</param>
/// <param name="Note">Why these bounds, or <see langword="null"/>.</param>
public sealed record ValueRange(double? Min, double? Max, string? Note = null)
{
    /// <summary>True when <paramref name="value"/> lies within the bounds (inclusive).</summary>
    public bool Contains(double value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <summary>Formats as <c>min..max</c>.</summary>
    public override string ToString() =>
        $"{(Min is { } a ? Units.InvariantNumber.Format(a) : "-inf")}..{(Max is { } b ? Units.InvariantNumber.Format(b) : "+inf")}";
}
