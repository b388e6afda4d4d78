namespace Tbgo.Indicators.Model;

/// <summary>The release status of a catalogue.</summary>
public enum CatalogueStatus
{
    /// <summary>A draft (<c>draft</c>).</summary>
    Draft = 0,

    /// <summary>Released (<c>released</c>).</summary>
    Released = 1,

    /// <summary>Withdrawn (<c>withdrawn</c>).</summary>
    Withdrawn = 2,
}
