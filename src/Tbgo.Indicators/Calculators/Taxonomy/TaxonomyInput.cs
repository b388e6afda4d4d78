using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The input of the EU Taxonomy screening for one activity. Every field except the activity and date is
/// optional: a criterion whose data are missing comes out as <see cref="CriterionOutcome.NotEnoughData"/>.
/// </summary>
/// <param name="Activity">The activity screened.</param>
/// <param name="Date">The assessment date (for 7.1 the permit date), which selects the thresholds in force.</param>
/// <param name="BuildingType">The building type id, for the BENG 2 limit.</param>
/// <param name="FloorArea">The floor area; above 5000 m2 the extra 7.1 obligations apply.</param>
/// <param name="Beng2">The BENG 2 value (primary fossil energy, kWh/(m2.a)): the Dutch reading of primary energy demand.</param>
/// <param name="AirtightnessTested">7.1 &gt; 5000 m2: air-tightness and thermal integrity tested and disclosed.</param>
/// <param name="LifeCycleGwpDisclosed">7.1 &gt; 5000 m2 and 3.1: life-cycle GWP calculated per stage and disclosed.</param>
/// <param name="CdWasteRecovery">Share of non-hazardous C&amp;D waste prepared for reuse or recycling.</param>
/// <param name="PrimaryEnergyBefore">7.2: primary energy demand before renovation.</param>
/// <param name="PrimaryEnergyAfter">7.2: primary energy demand after renovation.</param>
/// <param name="MajorRenovation">7.2: the renovation meets the requirements for major renovation.</param>
/// <param name="YearBuilt">7.7: the year of construction (before 2021 the EPC/top-15% test applies).</param>
/// <param name="EpcClass">7.7: the energy label class, such as <c>A+</c>.</param>
/// <param name="InTopFifteenPercent">7.7: the building is within the top 15% of the stock by operational primary energy demand (with evidence).</param>
/// <param name="LargeNonResidential">7.7: a large non-residential building (monitoring criterion applies).</param>
/// <param name="EnergyMonitoring">7.7: energy performance monitoring and assessment is in place.</param>
/// <param name="DesignForCircularity">3.1: the design supports adaptability and deconstruction.</param>
/// <param name="MaterialQuotasMet">3.1: the quotas of reused, recycled or renewable content are met.</param>
public sealed record TaxonomyInput(
    TaxonomyActivity Activity,
    DateOnly Date,
    string? BuildingType = null,
    Quantity? FloorArea = null,
    Quantity? Beng2 = null,
    bool? AirtightnessTested = null,
    bool? LifeCycleGwpDisclosed = null,
    Quantity? CdWasteRecovery = null,
    Quantity? PrimaryEnergyBefore = null,
    Quantity? PrimaryEnergyAfter = null,
    bool? MajorRenovation = null,
    int? YearBuilt = null,
    string? EpcClass = null,
    bool? InTopFifteenPercent = null,
    bool? LargeNonResidential = null,
    bool? EnergyMonitoring = null,
    bool? DesignForCircularity = null,
    bool? MaterialQuotasMet = null);
