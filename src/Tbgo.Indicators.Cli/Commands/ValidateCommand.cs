using System.CommandLine;
using Tbgo.Indicators.Reporting;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>
/// <c>tbgo validate FILE</c>: checks a measurement export (JSON, NDJSON or CSV) against the record
/// schema and the catalogue, and reports every problem with its location.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("file") { Description = "The export: .json, .ndjson/.jsonl or .csv (or give --input-format)." };
        var catalogueVersion = new Option<string?>("--catalogue-version") { Description = "The catalogue version the export refers to (NDJSON and CSV do not say); must match the catalogue used." };
        var format = CliOptions.Format("Report format: text (table and summary), json (one document, docs/validation.md), sarif (SARIF 2.1.0) or html (one self-contained page).", "text", "json", "sarif", "html");
        var maxErrors = new Option<int?>("--max-errors") { Description = "Print at most N diagnostics; the summary still counts all of them." };
        maxErrors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0)
            {
                r.AddError("--max-errors must be 0 or more.");
            }
        });
        var normalise = new Option<string?>("--normalise") { Description = "Write the valid records to this NDJSON file, values converted to each indicator's canonical unit (original value and unit kept)." };
        var inputFormat = new Option<string?>("--input-format") { Description = "The container, when the file name does not say: json, ndjson or csv." };
        inputFormat.AcceptOnlyFromAmong("json", "ndjson", "csv");
        var separator = new Option<string?>("--separator") { Description = "CSV field separator: ',' or ';' (default: detected from the header)." };
        separator.AcceptOnlyFromAmong(",", ";");
        var decimalComma = new Option<bool>("--decimal-comma") { Description = "CSV numbers use a decimal comma (12,5)." };
        var noDuplicates = new Option<bool>("--no-duplicate-check") { Description = "Skip the check for records with the same key and different values (saves memory on very large exports)." };

        var command = new Command("validate", "Validate a measurement export (JSON, NDJSON, CSV): structure against measurement-record.schema.json, meaning against the catalogue. Exit 0 valid, 1 invalid, 2 usage error.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { catalogueVersion, format, maxErrors, normalise, inputFormat, separator, decimalComma, noDuplicates })
        {
            command.Options.Add(o);
        }

        command.SetAction((r, ct) =>
        {
            var ctx = context(r);

            var chosen = r.GetValue(format)!;
            return RunAsync(ctx, new Request(
                r.GetValue(file)!,
                r.GetValue(catalogueVersion),
                chosen,
                r.GetValue(maxErrors),
                r.GetValue(normalise),
                r.GetValue(inputFormat),
                r.GetValue(separator),
                r.GetValue(decimalComma),
                !r.GetValue(noDuplicates)), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext ctx, Request request, CancellationToken ct)
    {
        ExportFormat? container = request.InputFormat switch
        {
            "json" => ExportFormat.Json,
            "ndjson" => ExportFormat.Ndjson,
            "csv" => ExportFormat.Csv,
            _ => ExportValidator.FormatFromFileName(request.File),
        };
        if (container is not { } inputFormat)
        {
            ctx.Err.WriteLine($"tbgo: cannot tell the container of '{request.File}' from its name; give --input-format json, ndjson or csv.");
            return ExitCodes.Usage;
        }

        if (!File.Exists(request.File))
        {
            ctx.Err.WriteLine($"tbgo: the file '{request.File}' does not exist.");
            return ExitCodes.Usage;
        }

        var catalogue = ctx.LoadCatalogue();
        if (catalogue is null)
        {
            return ExitCodes.InputErrors;
        }

        var options = new ExportValidationOptions
        {
            Format = inputFormat,
            FileName = request.File,
            CatalogueVersion = request.CatalogueVersion,
            CsvSeparator = request.Separator is { Length: 1 } s ? s[0] : null,
            DecimalComma = request.DecimalComma,
            DetectDuplicates = request.Duplicates,
        };

        _ = ExportReports.TryParseFormat(request.Format, out var reportFormat);
        var report = ExportReports.Create(reportFormat, ctx.Out);

        await using var input = new FileStream(request.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        FileStream? normalised = null;
        try
        {
            if (request.Normalise is { } path)
            {
                normalised = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
                options = options with { NormaliseTo = normalised };
            }

            var run = new ExportValidator(catalogue).Validate(input, options);
            var summary = await ExportReports.WriteAsync(report, run, request.File, inputFormat, catalogue, request.MaxErrors ?? long.MaxValue, ct).ConfigureAwait(false);
            return summary.IsValid ? ExitCodes.Ok : ExitCodes.InputErrors;
        }
        finally
        {
            if (normalised is not null)
            {
                await normalised.DisposeAsync().ConfigureAwait(false);
            }

            (report as IDisposable)?.Dispose();
        }
    }

    private sealed record Request(string File, string? CatalogueVersion, string Format, int? MaxErrors, string? Normalise, string? InputFormat, string? Separator, bool DecimalComma, bool Duplicates);
}
