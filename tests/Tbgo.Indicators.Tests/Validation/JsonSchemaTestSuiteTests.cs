using System.Globalization;
using System.Text;
using System.Text.Json;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation.Schema;
using Xunit.Abstractions;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>
/// Runs the official JSON-Schema-Test-Suite (draft-07) keyword files of the engine's supported keywords
/// (JsonSchemaTestSuite/README.md names the source). A schema outside the engine's subset must be refused at compile
/// time with a SchemaCompileException and is counted 'unsupported'; every compiled case must give the suite's answer,
/// except the allow-listed ones, which must keep failing. The table is docs/schema-conformance.md.
/// </summary>
public sealed class JsonSchemaTestSuiteTests(ITestOutputHelper output)
{
    /// <summary>
    /// The suite's <c>tests/draft7</c> folder: <c>TBGO_JSON_SCHEMA_TEST_SUITE</c>, else a checkout of the suite next to
    /// the repository (<c>../JSON-Schema-Test-Suite</c>). The suite is not committed here (see JsonSchemaTestSuite/README.md).
    /// </summary>
    internal static readonly string? SuiteFolder = new[]
    {
        Environment.GetEnvironmentVariable("TBGO_JSON_SCHEMA_TEST_SUITE"),
        Path.Combine(Path.GetDirectoryName(RepoPaths.Root)!, "JSON-Schema-Test-Suite", "tests", "draft7"),
    }.FirstOrDefault(d => !string.IsNullOrEmpty(d) && Directory.Exists(d) && Directory.EnumerateFiles(d, "*.json").Any());

    private static readonly string DocsPath = RepoPaths.Combine("docs", "schema-conformance.md");

    /// <summary>Files not run, with the reason (none of them is a keyword of the supported subset, or they need what the engine excludes).</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["format"] = "format assertions are optional in draft-07; the engine checks only 'date' (docs/validation.md)",
        ["refRemote"] = "remote references are refused by design (no network or file access in the library)",
    };

    /// <summary>Known failing cases ("file / group / test" to reason). The test fails when one of them starts to pass.</summary>
    private static readonly Dictionary<string, string> KnownFailing = new(StringComparer.Ordinal)
    {
    };

    [SuiteFact]
    public void SupportedKeywordsPassTheOfficialSuite()
    {
        var rows = new List<(string Keyword, int Cases, int Passed, int Unsupported, int Known)>();
        var failures = new List<string>();
        var stillKnown = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(SuiteFolder!, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var keyword = Path.GetFileNameWithoutExtension(file);
            if (Excluded.ContainsKey(keyword))
            {
                continue;
            }

            Assert.True(SchemaCompiler.SupportedKeywords.Contains(keyword), $"{keyword}.json is not a keyword of the supported subset; list it in Excluded with a reason or remove it.");
            int cases = 0, passed = 0, unsupported = 0, known = 0;
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var group in doc.RootElement.EnumerateArray())
            {
                var groupName = group.GetProperty("description").GetString();
                var tests = group.GetProperty("tests").EnumerateArray().ToList();
                cases += tests.Count;
                SchemaNode schema;
                try
                {
                    schema = SchemaCompiler.Compile(group.GetProperty("schema"));
                }
                catch (SchemaCompileException)
                {
                    unsupported += tests.Count;
                    continue;
                }

                foreach (var test in tests)
                {
                    var id = $"{keyword} / {groupName} / {test.GetProperty("description").GetString()}";
                    var expected = test.GetProperty("valid").GetBoolean();
                    bool actual;
                    try
                    {
                        actual = SchemaValidator.Validate(schema, new JsonInstance(test.GetProperty("data"), string.Empty)).Count == 0;
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"{id}: threw {ex.GetType().Name}: {ex.Message}");
                        continue;
                    }

                    if (actual == expected)
                    {
                        passed++;
                        if (KnownFailing.ContainsKey(id))
                        {
                            failures.Add($"{id}: passes now; remove it from the allow-list.");
                        }
                    }
                    else if (KnownFailing.ContainsKey(id))
                    {
                        known++;
                        stillKnown.Add(id);
                    }
                    else
                    {
                        failures.Add($"{id}: expected {(expected ? "valid" : "invalid")}, got {(actual ? "valid" : "invalid")}.");
                    }
                }
            }

            rows.Add((keyword, cases, passed, unsupported, known));
        }

        var table = Table(rows, files.Count);
        output.WriteLine(table);
        foreach (var f in failures)
        {
            output.WriteLine(f);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(KnownFailing.Keys.Except(stillKnown, StringComparer.Ordinal));

        var actualDoc = File.Exists(DocsPath) ? File.ReadAllText(DocsPath) : string.Empty;
        if (Environment.GetEnvironmentVariable("TBGO_UPDATE_GENERATED") == "1" && table != actualDoc)
        {
            File.WriteAllText(DocsPath, table);
            return;
        }

        Assert.True(table == actualDoc, "docs/schema-conformance.md is out of date. Run: TBGO_UPDATE_GENERATED=1 dotnet test tests/Tbgo.Indicators.Tests --filter JsonSchemaTestSuite");
    }

    private static string Table(List<(string Keyword, int Cases, int Passed, int Unsupported, int Known)> rows, int fileCount)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("# Schema engine conformance (JSON-Schema-Test-Suite, draft-07)\n\n");
        sb.Append("Generated by `JsonSchemaTestSuiteTests` from the suite's `tests/draft7` files at the commits listed in\n");
        sb.Append("`tests/Tbgo.Indicators.Tests/Validation/JsonSchemaTestSuite/README.md` (not committed here; the README says how to\n");
        sb.Append("provide them); regenerate with `TBGO_UPDATE_GENERATED=1 dotnet test tests/Tbgo.Indicators.Tests --filter JsonSchemaTestSuite`.\n\n");
        sb.Append("A case is **unsupported** when its schema is outside the engine's subset (docs/validation.md) and the compiler\n");
        sb.Append("refuses it with a located compile error; it is never run. Every compiled case must give the suite's answer;\n");
        sb.Append("**known failing** cases are listed with their reason in the test's allow-list.\n\n");
        sb.Append("| keyword | cases | passed | unsupported | known failing |\n|---|---:|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Keyword} | {N(r.Cases)} | {N(r.Passed)} | {N(r.Unsupported)} | {N(r.Known)} |\n");
        }

        var total = (Cases: rows.Sum(r => r.Cases), Passed: rows.Sum(r => r.Passed), Unsupported: rows.Sum(r => r.Unsupported), Known: rows.Sum(r => r.Known));
        sb.Append(CultureInfo.InvariantCulture, $"| **all {N(rows.Count)} files** | {N(total.Cases)} | {N(total.Passed)} | {N(total.Unsupported)} | {N(total.Known)} |\n\n");
        sb.Append("Not run: ");
        sb.Append(string.Join("; ", Excluded.Select(e => $"`{e.Key}` ({e.Value})")));
        sb.Append(". Suite files present: ").Append(N(fileCount)).Append(". Keyword files of the supported subset that the pinned\n");
        sb.Append("source did not provide (`maxLength`, `minimum`, `maximum`, `minItems`, `maxItems`, `pattern`, `additionalProperties`,\n");
        sb.Append("`definitions`, `ref`, `boolean_schema`) are covered by the engine's own tests (SchemaEngineTests, SchemaHardeningTests).\n");
        return sb.ToString();
    }
}

/// <summary>The suite test: skipped, with the reason, where the suite's files are not provided.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SuiteFactAttribute : FactAttribute
{
    public SuiteFactAttribute()
    {
        if (JsonSchemaTestSuiteTests.SuiteFolder is null)
        {
            Skip = "Did not run: the JSON-Schema-Test-Suite draft-07 files are not here (set TBGO_JSON_SCHEMA_TEST_SUITE to its tests/draft7 folder or check it out next to the repository; see Validation/JsonSchemaTestSuite/README.md).";
        }
    }
}
