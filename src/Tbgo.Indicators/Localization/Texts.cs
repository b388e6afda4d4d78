using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Tbgo.Indicators.Localization;

/// <summary>
/// Every user-facing text of the <c>tbgo</c> commands lint, show, list and diff, in English and Dutch, from one table of
/// (key, en, nl) rows. Texts with arguments use composite placeholders (<c>{0}</c>), filled with invariant culture.
/// Diagnostic texts are in <see cref="DiagnosticTexts"/>.
/// </summary>
public static class Texts
{
    private static readonly (string Key, string En, string Nl)[] Rows =
    [
        ("common.hint", "hint", "tip"),
        ("common.at", "at", "bij"),
        ("common.didYouMean", "Did you mean {0}?", "Bedoelt u {0}?"),
        ("common.or", "or", "of"),
        ("common.catalogueErrors", "the catalogue at '{0}' has errors; run 'tbgo lint {0}' for all of them.", "de catalogus op '{0}' bevat fouten; voer 'tbgo lint {0}' uit voor alle fouten."),
        ("sheet.exported", "Wrote {0} to {1}: {2} in {3} sheets (catalogue {4} {5}); every value read back and checked.", "{0} geschreven naar {1}: {2} in {3} bladen (catalogus {4} {5}); elke waarde teruggelezen en gecontroleerd."),
        ("sheet.exportFailed", "failed: {0}; nothing was written.", "mislukt: {0}; er is niets geschreven."),
        ("sheet.imported", "Wrote {0} to {1} from {2} ({3}, {4}); {5} unchanged kept their text as it was.", "{0} geschreven naar {1} uit {2} ({3}, {4}); {5} ongewijzigde behielden hun tekst zoals die was."),
        ("sheet.importedNew", "Wrote {0} to {1} from {2} ({3}, {4}).", "{0} geschreven naar {1} uit {2} ({3}, {4})."),
        ("sheet.importFailed", "failed: {0}, {1}; nothing was written to {2}.", "mislukt: {0}, {1}; er is niets geschreven naar {2}."),
        ("sheet.outNotEmpty", "'{0}' is not empty; give --overwrite to replace the catalogue in it (its other files are kept), or choose an empty folder.", "'{0}' is niet leeg; geef --overwrite om de catalogus erin te vervangen (de overige bestanden blijven), of kies een lege map."),
        ("sheet.outNotCatalogue", "'{0}' holds files but no catalogue.yaml; choose an empty folder or a catalogue folder.", "'{0}' bevat bestanden maar geen catalogue.yaml; kies een lege map of een catalogusmap."),
        ("sheet.missingFile", "the workbook '{0}' does not exist.", "de werkmap '{0}' bestaat niet."),
        ("severity.warning", "warning", "waarschuwing"),
        ("severity.info", "info", "info"),
        ("status.ok", "OK", "OK"),
        ("status.failed", "FAILED", "MISLUKT"),
        ("status.breaking", "BREAKING", "BREKEND"),
        ("count.file.one", "{0} file", "{0} bestand"),
        ("count.file.other", "{0} files", "{0} bestanden"),
        ("count.error.one", "{0} error", "{0} fout"),
        ("count.error.other", "{0} errors", "{0} fouten"),
        ("count.warning.one", "{0} warning", "{0} waarschuwing"),
        ("count.warning.other", "{0} warnings", "{0} waarschuwingen"),
        ("count.value.one", "{0} value", "{0} waarde"),
        ("count.value.other", "{0} values", "{0} waarden"),
        ("count.indicator.one", "{0} indicator", "{0} indicator"),
        ("count.indicator.other", "{0} indicators", "{0} indicatoren"),
        ("count.workedExample.one", "{0} worked example", "{0} rekenvoorbeeld"),
        ("count.workedExample.other", "{0} worked examples", "{0} rekenvoorbeelden"),
        ("count.breakingChange.one", "{0} breaking change", "{0} brekende wijziging"),
        ("count.breakingChange.other", "{0} breaking changes", "{0} brekende wijzigingen"),
        ("count.compatibleChange.one", "{0} compatible change", "{0} compatibele wijziging"),
        ("count.compatibleChange.other", "{0} compatible changes", "{0} compatibele wijzigingen"),
        ("count.editorialChange.one", "{0} editorial change", "{0} redactionele wijziging"),
        ("count.editorialChange.other", "{0} editorial changes", "{0} redactionele wijzigingen"),
        ("lint.againstEmbedded", "the embedded catalogue", "de ingebouwde catalogus"),
        ("lint.againstFolder", "the catalogue folder '{0}'", "de catalogusmap '{0}'"),
        ("lint.checkingFile", "Checking the file '{0}' (schema and units), with its references against {1}.", "Controle van het bestand '{0}' (schema en eenheden), met de verwijzingen tegen {1}."),
        ("lint.unconfirmedList", "Not yet confirmed at the source: {0} ({1}).", "Nog niet bevestigd bij de bron: {0} ({1})."),
        ("lint.unconfirmedNote", "; {0} not yet confirmed at the source (--show-unconfirmed lists them)", "; {0} nog niet bevestigd bij de bron (--show-unconfirmed toont ze)"),
        ("lint.summary", "{0}: {1}, {2}, {3}{4}.", "{0}: {1}, {2}, {3}{4}."),
        ("list.header.id", "ID", "ID"),
        ("list.header.status", "STATUS", "STATUS"),
        ("list.header.unit", "UNIT", "EENHEID"),
        ("list.header.name", "NAME", "NAAM"),
        ("list.summary", "{0} (catalogue {1} {2}, {3}).", "{0} (catalogus {1} {2}, {3})."),
        ("list.unknownTheme", "the theme '{0}' is not in catalogue {1} {2}.", "het thema '{0}' staat niet in catalogus {1} {2}."),
        ("list.themes", "Themes: {0}", "Thema's: {0}"),
        ("list.unknownFramework", "the framework '{0}' is not in catalogue {1} {2}.", "het kader '{0}' staat niet in catalogus {1} {2}."),
        ("list.frameworks", "Frameworks: {0}", "Kaders: {0}"),
        ("show.notFound", "the catalogue {0} {1} has no indicator '{2}'.", "de catalogus {0} {1} heeft geen indicator '{2}'."),
        ("show.didYouMean", "Did you mean '{0}'? 'tbgo list' shows all ids.", "Bedoelt u '{0}'? 'tbgo list' toont alle id's."),
        ("show.title", "{0}  ({1}{2}, since {3})", "{0}  ({1}{2}, sinds {3})"),
        ("show.pillarTheme", "pillar/theme", "pijler/thema"),
        ("show.unit", "unit", "eenheid"),
        ("show.quantity", "quantity", "grootheid"),
        ("show.direction", "direction", "richting"),
        ("show.aggregation", "aggregation", "aggregatie"),
        ("show.shareOfObjects", "share rule", "aandeelregel"),
        ("show.shareRule", "objects count when {0}, weighted by {1}", "objecten tellen mee bij {0}, gewogen naar {1}"),
        ("show.range", "range", "bereik"),
        ("show.replacedBy", "replaced by", "vervangen door"),
        ("show.categories", "categories", "categorieën"),
        ("show.applicability", "Applicability", "Toepasbaarheid"),
        ("show.header.phase", "PHASE", "FASE"),
        ("show.header.scale", "SCALE", "SCHAAL"),
        ("show.header.method", "METHOD", "METHODE"),
        ("show.formula", "Formula", "Formule"),
        ("show.mappings", "Mappings", "Koppelingen"),
        ("show.header.target", "TARGET", "DOEL"),
        ("show.header.relation", "RELATION", "RELATIE"),
        ("show.header.name", "NAME", "NAAM"),
        ("show.limitValues", "Limit values", "Grenswaarden"),
        ("show.header.limit", "LIMIT", "GRENS"),
        ("show.header.scope", "SCOPE", "REIKWIJDTE"),
        ("show.header.valid", "VALID", "GELDIG"),
        ("show.header.kind", "KIND", "SOORT"),
        ("show.header.basis", "BASIS", "GRONDSLAG"),
        ("show.header.source", "SOURCE", "BRON"),
        ("show.referenceMeasurements", "Reference measurements", "Referentiemetingen"),
        ("show.summary", "min {0}, max {1}, mean {2}, median {3}", "min {0}, max {1}, gemiddelde {2}, mediaan {3}"),
        ("show.sample", "sample of {0}", "steekproef van {0}"),
        ("show.sources", "Sources", "Bronnen"),
        ("show.examples", "{0}; 'tbgo lint' runs them.", "{0}; 'tbgo lint' voert ze uit."),
        ("diff.loadFailed", "the catalogue at '{0}' has errors; run 'tbgo lint' on it for all of them.", "de catalogus op '{0}' bevat fouten; voer er 'tbgo lint' op uit voor alle fouten."),
        ("diff.noChanges", "No changes.", "Geen wijzigingen."),
        ("diff.header.impact", "IMPACT", "GEVOLG"),
        ("diff.header.change", "CHANGE", "WIJZIGING"),
        ("diff.impact.breaking", "breaking", "brekend"),
        ("diff.impact.compatible", "compatible", "compatibel"),
        ("diff.impact.editorial", "editorial", "redactioneel"),
        ("diff.breaking", "breaking: {0}{1}: {2}", "brekend: {0}{1}: {2}"),
        ("diff.summary", "{0}: {1}; implies a {2} version bump.", "{0}: {1}; dit vraagt een {2}-versieverhoging."),
        ("diff.bump.major", "major", "major"),
        ("diff.bump.minor", "minor", "minor"),
        ("diff.bump.patch", "patch", "patch"),
        ("diff.bump.none", "none", "geen"),
    ];

    private static readonly FrozenDictionary<string, (string En, string Nl)> ByKey =
        Rows.ToFrozenDictionary(r => r.Key, r => (r.En, r.Nl), StringComparer.Ordinal);

    /// <summary>The languages every key has a text in: <c>en</c> and <c>nl</c>.</summary>
    public static ImmutableArray<string> Languages { get; } = ["en", "nl"];

    /// <summary>Every key of the table, in table order.</summary>
    public static ImmutableArray<string> Keys { get; } = [.. Rows.Select(r => r.Key)];

    /// <summary>The text of a key in a language; an unknown language gives English.</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the table (a bug: every text the commands show is in it).</exception>
    public static string Get(string key, string language)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!ByKey.TryGetValue(key, out var texts))
        {
            throw new KeyNotFoundException($"The text key '{key}' is not in the table.");
        }

        return string.Equals(Normalize(language), "nl", StringComparison.Ordinal) ? texts.Nl : texts.En;
    }

    /// <summary>The text of a key in a language with its <c>{0}</c>, <c>{1}</c>, ... filled in (invariant culture).</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the table.</exception>
    public static string Format(string key, string language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>A count with its noun in a language: <c>count.{noun}.one</c> for 1, else <c>count.{noun}.other</c>, such as "3 bestanden".</summary>
    /// <exception cref="KeyNotFoundException">The noun has no count keys.</exception>
    public static string Count(int n, string noun, string language) =>
        Format("count." + noun + (n == 1 ? ".one" : ".other"), language, n);

    /// <summary>The language a code stands for: <c>nl</c> for Dutch (any case, with or without region), else <c>en</c>.</summary>
    public static string Normalize(string? language) =>
        language is not null && (string.Equals(language, "nl", StringComparison.OrdinalIgnoreCase) || language.StartsWith("nl-", StringComparison.OrdinalIgnoreCase)) ? "nl" : "en";
}
