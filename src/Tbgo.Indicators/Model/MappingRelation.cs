namespace Tbgo.Indicators.Model;

/// <summary>How an indicator relates to a framework item.</summary>
public enum MappingRelation
{
    /// <summary>The same thing (<c>equals</c>).</summary>
    Equivalent = 0,

    /// <summary>The indicator is part of the item (<c>part-of</c>).</summary>
    PartOf = 1,

    /// <summary>The indicator contains the item (<c>contains</c>).</summary>
    Contains = 2,

    /// <summary>The indicator approximates the item (<c>proxy-for</c>).</summary>
    ProxyFor = 3,

    /// <summary>Related, without a stronger claim (<c>related</c>).</summary>
    Related = 4,
}
