namespace Tbgo.Indicators.Calculators;

/// <summary>The NMD data category of product data; category 3 carries an uplift on the product MKI.</summary>
public enum NmdDataCategory
{
    /// <summary>Brand-specific, verified (<c>1</c>).</summary>
    Category1 = 0,

    /// <summary>Sector average, verified (<c>2</c>).</summary>
    Category2 = 1,

    /// <summary>Generic, unverified, with a 30% uplift (<c>3</c>).</summary>
    Category3 = 2,

    /// <summary>Generic without uplift (<c>3a</c>).</summary>
    Category3a = 3,
}
