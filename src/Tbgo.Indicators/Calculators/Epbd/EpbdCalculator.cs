using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Whether the EPBD recast (Directive (EU) 2024/1275) requires a new building's life-cycle GWP to be
/// calculated and disclosed (Art. 7(2): from 1 January 2028 above 1000 m2 useful floor area, from
/// 1 January 2030 for all) and whether it must be zero-emission (Art. 11: public owners from 1 January 2028,
/// all from 1 January 2030). The directive binds Member States; projects are bound through transposition.
/// Pure: no I/O, no clock.
/// </summary>
public static class EpbdCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "epbd";

    /// <summary>The id of the life-cycle GWP obligation.</summary>
    public const string LifeCycleGwp = "life-cycle-gwp";

    /// <summary>The id of the zero-emission obligation.</summary>
    public const string ZeroEmission = "zero-emission";

    /// <summary>The useful floor area above which life-cycle GWP disclosure starts in 2028, in m2.</summary>
    public const double LargeBuildingArea = 1000;

    private static readonly DateOnly Year2028 = new(2028, 1, 1);
    private static readonly DateOnly Year2030 = new(2030, 1, 1);
    private static readonly SourceReference GwpSource = new("rehva-epbd-life-cycle-gwp", "EPBD Art. 7(2)(a) and (b)", Confidence.Confirmed);
    private static readonly SourceReference ZebSource = new("oeil-epbd-summary", "zero-emission new buildings: public owners from 1 January 2028, all from 1 January 2030", Confidence.Partly, "Dates confirmed; the article number (Art. 11) is from secondary knowledge.");

    /// <summary>Checks the input and decides the obligations.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static EpbdResult Calculate(EpbdInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        checks.TryNonNegative(input.UsefulFloorArea, catalogue.Units.Parse("m2"), "/usefulFloorArea", "the useful floor area", out var area);
        checks.ThrowIfErrors();
        var notes = new ResultNotes();
        notes.Used(GwpSource, "The rule on life-cycle GWP disclosure dates");
        notes.Used(ZebSource, "The rule on zero-emission dates");
        notes.Warn(CalculationWarning.Assumption, "The directive binds Member States; a project is bound through the Dutch transposition, whose reference date (permit application or other) may differ from the permit date used here.");
        var date = input.PermitDate;
        ImmutableArray<EpbdObligation> obligations;
        if (!input.NewBuilding)
        {
            obligations =
            [
                new(LifeCycleGwp, "Art. 7(2)", false, null, "The obligation applies to new buildings; this is not a new building.", GwpSource),
                new(ZeroEmission, "Art. 11", false, null, "The zero-emission requirement applies to new buildings; this is not a new building.", ZebSource),
            ];
        }
        else
        {
            var large = area > LargeBuildingArea;
            var gwpFrom = large ? Year2028 : Year2030;
            var zebFrom = input.PublicOwnership ? Year2028 : Year2030;
            obligations =
            [
                new(LifeCycleGwp, large ? "Art. 7(2)(a)" : "Art. 7(2)(b)", date >= gwpFrom, gwpFrom,
                    $"A new building with {Num(area)} m2 useful floor area ({(large ? "over" : "at most")} 1000 m2) must calculate and disclose its life-cycle GWP from {Iso(gwpFrom)}; the permit date is {Iso(date)}.",
                    GwpSource),
                new(ZeroEmission, "Art. 11", date >= zebFrom, zebFrom,
                    $"A new building {(input.PublicOwnership ? "owned by a public body" : "not owned by a public body")} must be zero-emission from {Iso(zebFrom)}; the permit date is {Iso(date)}.",
                    ZebSource),
            ];
        }

        return new EpbdResult(obligations, area,
            notes.Provenance(catalogue, Name, "EPBD recast: life-cycle GWP disclosure and zero-emission buildings", "Directive (EU) 2024/1275 (consolidated 2026-05-24)", null),
            notes.Warnings);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
