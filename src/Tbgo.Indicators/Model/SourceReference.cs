namespace Tbgo.Indicators.Model;

/// <summary>Where a number, rule or definition comes from, and how firmly that is confirmed.</summary>
/// <param name="SourceId">Id of a <see cref="Source"/> in the catalogue's bibliography.</param>
/// <param name="Locator">Article, section, table or page, or <see langword="null"/>.</param>
/// <param name="Confidence">How firmly the value is backed by the source.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record SourceReference(string SourceId, string? Locator, Confidence Confidence, string? Note = null)
{
    /// <summary>True unless the value was read in the cited source.</summary>
    public bool NeedsConfirmation => Confidence != Confidence.Confirmed;

    /// <summary>Formats as <c>id, locator (confidence)</c>.</summary>
    public override string ToString() =>
        Locator is null ? $"{SourceId} ({Confidence.ToCode()})" : $"{SourceId}, {Locator} ({Confidence.ToCode()})";
}
