namespace Tbgo.Indicators.Diff;

/// <summary>The kind of catalogue element a change is about.</summary>
public enum ChangeArea
{
    /// <summary>The catalogue's identity and vocabularies.</summary>
    Catalogue = 0,

    /// <summary>An indicator as a whole, or one of its own fields (unit, quantity, direction, ...).</summary>
    Indicator = 1,

    /// <summary>A phase x scale cell of an indicator's applicability.</summary>
    Applicability = 2,

    /// <summary>A category of a categorical indicator.</summary>
    Category = 3,

    /// <summary>An indicator's formula or one of its inputs.</summary>
    Formula = 4,

    /// <summary>A mapping from an indicator to a framework item.</summary>
    Mapping = 5,

    /// <summary>A limit value (grenswaarde) of an indicator.</summary>
    LimitValue = 6,

    /// <summary>A reference measurement of an indicator.</summary>
    ReferenceMeasurement = 7,

    /// <summary>A source reference of an indicator.</summary>
    IndicatorSource = 8,

    /// <summary>A framework reference list.</summary>
    Framework = 9,

    /// <summary>An item of a framework.</summary>
    FrameworkItem = 10,

    /// <summary>A factor set.</summary>
    FactorSet = 11,

    /// <summary>A factor of a factor set.</summary>
    Factor = 12,

    /// <summary>A unit of the unit registry.</summary>
    Unit = 13,

    /// <summary>A named quantity of the unit registry.</summary>
    Quantity = 14,

    /// <summary>A theme.</summary>
    Theme = 15,

    /// <summary>A building type (gebruiksfunctie).</summary>
    BuildingType = 16,

    /// <summary>An entry of the bibliography.</summary>
    Source = 17,
}
