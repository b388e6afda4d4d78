using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>Collects the sources and warnings of a result while it is computed: each source once, each warning once.</summary>
internal sealed class ResultNotes
{
    private readonly List<SourceReference> _sources = [];
    private readonly HashSet<SourceReference> _seenSources = [];
    private readonly List<CalculationWarning> _warnings = [];
    private readonly HashSet<string> _seenWarnings = new(StringComparer.Ordinal);

    public ImmutableArray<CalculationWarning> Warnings => [.. _warnings];

    public void Source(SourceReference source)
    {
        if (_seenSources.Add(source))
        {
            _sources.Add(source);
        }
    }

    public void Warn(string code, string message, SourceReference? source = null)
    {
        if (_seenWarnings.Add(code + "\n" + message))
        {
            _warnings.Add(new CalculationWarning(code, message, source));
        }
    }

    /// <summary>Records the source of a value used and warns when it is not confirmed.</summary>
    public void Used(SourceReference source, string what)
    {
        Source(source);
        if (source.NeedsConfirmation)
        {
            Warn(CalculationWarning.Unconfirmed, $"{what} is {source.Confidence.ToCode()} ({source}); check it against the primary document before relying on the result.", source);
        }
    }

    /// <summary>Records a limit value used.</summary>
    public void UsedLimit(LimitValue limit, string indicatorId) =>
        Used(limit.Source, $"The limit value {limit.Comparator.ToCode()} {limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {limit.Unit.Text} of '{indicatorId}' ({limit.Scope}, from {limit.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})");

    public CalculationProvenance Provenance(Catalogue catalogue, string calculator, string method, string version, string? factorSetId) =>
        new(calculator, method, version, factorSetId, catalogue.Info.Label, [.. _sources]);
}
