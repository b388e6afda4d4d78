namespace Tbgo.Indicators.Calculators;

/// <summary>The EU Taxonomy activities the screening covers; codes are the framework item ids.</summary>
public enum TaxonomyActivity
{
    /// <summary>Climate mitigation 7.1, construction of new buildings (<c>ccm-7.1</c>).</summary>
    NewBuildings = 0,

    /// <summary>Climate mitigation 7.2, renovation of existing buildings (<c>ccm-7.2</c>).</summary>
    Renovation = 1,

    /// <summary>Climate mitigation 7.7, acquisition and ownership of buildings (<c>ccm-7.7</c>).</summary>
    AcquisitionAndOwnership = 2,

    /// <summary>Circular economy 3.1, construction of new buildings (<c>ce-3.1</c>).</summary>
    CircularNewBuildings = 3,
}
