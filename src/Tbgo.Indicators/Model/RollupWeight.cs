namespace Tbgo.Indicators.Model;

/// <summary>What an object weighs in a <see cref="AggregationMethod.ShareOfObjects"/> roll-up (<see cref="ShareOfObjectsRule.Weight"/>).</summary>
public enum RollupWeight
{
    /// <summary>Every object counts once (<c>objects</c>): the share of objects.</summary>
    Objects = 0,

    /// <summary>The object's floor (or land) area (<c>floorArea</c>): the share of floor area.</summary>
    FloorArea = 1,

    /// <summary>The object's number of dwellings (<c>dwellings</c>): the share of dwellings.</summary>
    Dwellings = 2,

    /// <summary>The object's number of residents (<c>residents</c>): the share of residents.</summary>
    Residents = 3,
}
