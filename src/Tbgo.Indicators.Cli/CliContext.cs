using System.Text.Encodings.Web;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Localization;

namespace Tbgo.Indicators.Cli;

/// <summary>What every command needs: the output writers, the output format and the catalogue.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, bool json, string? cataloguePath)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public bool Json { get; } = json;

    /// <summary>The folder given with <c>--catalogue</c>, or <see langword="null"/> for the embedded catalogue.</summary>
    public string? CataloguePath { get; } = cataloguePath;

    /// <summary>The language of text output (<c>--lang</c> of the command): <c>en</c> (default) or <c>nl</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>A text of <see cref="Texts"/> in <see cref="Language"/>, with its arguments filled in.</summary>
    public string T(string key, params object?[] args) => Texts.Format(key, Language, args);

    /// <summary>A count with its noun (<c>count.NOUN.one/other</c>) in <see cref="Language"/>.</summary>
    public string Count(int n, string noun) => Texts.Count(n, noun, Language);

    /// <summary>Loads the catalogue: the folder given with --catalogue, else the embedded default. Prints diagnostics and returns null on errors.</summary>
    public Catalogue? LoadCatalogue()
    {
        if (CataloguePath is null)
        {
            return Catalogue.Default;
        }

        var result = CatalogueLoader.LoadDirectory(CataloguePath);
        if (result.Catalogue is null)
        {
            Err.WriteLine("tbgo: " + T("common.catalogueErrors", CataloguePath));
            foreach (var d in result.Diagnostics.Where(d => d.IsError).Take(10))
            {
                Err.WriteLine(TextOutput.Format(d, Language));
            }
        }

        return result.Catalogue;
    }

    /// <summary>Writes one JSON document to the output, indented, with a final newline.</summary>
    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        Out.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Out.Write('\n');
    }

    public int Fail(string message, string? hint = null)
    {
        Err.WriteLine("tbgo: " + message);
        if (hint is not null)
        {
            Err.WriteLine("  " + T("common.hint") + ": " + hint);
        }

        return ExitCodes.InputErrors;
    }

    public void WriteDiagnostic(Diagnostic d)
    {
        Out.WriteLine(TextOutput.Format(d, Language));
        if (DiagnosticTexts.Hint(d, Language) is { } hint)
        {
            Out.WriteLine("    " + T("common.hint") + ": " + Reporting.TerminalText.Escape(hint));
        }
    }
}
