using System.Text.Encodings.Web;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Cli;

/// <summary>What every command needs: the output writers, the output format and the catalogue.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, bool json, string? cataloguePath)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public bool Json { get; } = json;

    /// <summary>The folder given with <c>--catalogue</c>, or <see langword="null"/> for the embedded catalogue.</summary>
    public string? CataloguePath { get; } = cataloguePath;

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
            Err.WriteLine($"tbgo: the catalogue at '{CataloguePath}' has errors; run 'tbgo lint {CataloguePath}' for all of them.");
            foreach (var d in result.Diagnostics.Where(d => d.IsError).Take(10))
            {
                Err.WriteLine(TextOutput.Format(d));
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
            Err.WriteLine("  hint: " + hint);
        }

        return ExitCodes.InputErrors;
    }

    public void WriteDiagnostic(Diagnostic d)
    {
        Out.WriteLine(TextOutput.Format(d));
        if (d.Hint is not null)
        {
            Out.WriteLine("    hint: " + Reporting.TerminalText.Escape(d.Hint));
        }
    }
}
