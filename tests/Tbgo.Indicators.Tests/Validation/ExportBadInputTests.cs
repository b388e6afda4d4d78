using System.Text;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;
using static Tbgo.Indicators.Tests.Validation.ExportTestSupport;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>Every bad input the issue lists gives located diagnostics, never a crash or a hang.</summary>
public sealed class ExportBadInputTests
{
    [Fact]
    public void TruncatedJsonIsASyntaxErrorAtTheEnd()
    {
        var text = JsonExport(Record(), Record(obj: "b"));
        text = text[..text.IndexOf("\"object\": \"b\"", StringComparison.Ordinal)];
        var (diagnostics, summary) = Validate(text, ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5001");
        Assert.Contains("truncated", d.Message, StringComparison.Ordinal);
        Assert.Equal(5, d.Location.Line);
        Assert.Equal(2, d.Location.Record);
        Assert.Equal("/records/1", d.Location.Pointer);
        Assert.False(summary.Completed);
        Assert.Equal(1, summary.RecordsRead);
        Assert.Equal(1, summary.ValidRecords);
    }

    [Fact]
    public void SyntaxErrorInsideARecordIsLocatedAtItsLineAndColumn()
    {
        var text = JsonExport(Record(), Record(value: "62..4"));
        var (diagnostics, _) = Validate(text, ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5001");
        Assert.Equal(5, d.Location.Line);
        Assert.True(d.Location.Column > 100, d.ToString());
    }

    [Theory]
    [InlineData("[\"NL.X.Y\", 1]", "an array")]
    [InlineData("\"NL.X.Y;tbgo.env.energy.beng-1;62.4\"", "the text 'NL.X.Y;tbgo.env.energy.beng-1;62.4'")]
    [InlineData("12", "the number 12")]
    public void RecordThatIsNotAnObject(string record, string described)
    {
        var (diagnostics, summary) = Validate(JsonExport(Record(), record, Record(obj: "c")), ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5003");
        Assert.Equal(2, d.Location.Record);
        Assert.Equal("/records/1", d.Location.Pointer);
        Assert.Equal(5, d.Location.Line);
        Assert.Equal(5, d.Location.Column);
        Assert.Contains(described, d.Message, StringComparison.Ordinal);
        Assert.Equal((3L, 2L, 1L), (summary.RecordsRead, summary.ValidRecords, summary.InvalidRecords));
    }

    [Fact]
    public void RecordThatIsNotAnObjectInNdjson()
    {
        var (diagnostics, _) = Validate(Record() + "\n[1, 2]\n\"text\"\n", ExportFormat.Ndjson);
        Assert.Equal([2L, 3L], diagnostics.Where(d => d.Code == "TBGO5003").Select(d => d.Location.Record));
        Assert.Equal([2, 3], diagnostics.Select(d => d.Location.Line));
    }

    [Fact]
    public void NumberAsTextWithDecimalCommaHasAHint()
    {
        var (diagnostics, _) = Validate(Record(value: "\"12,5\"") + "\n", ExportFormat.Ndjson);
        var d = Single(diagnostics, "TBGO5011");
        Assert.Contains("'12,5'", d.Message, StringComparison.Ordinal);
        Assert.Contains("decimal point: 12.5", d.Hint, StringComparison.Ordinal);
        Assert.Equal("/value", d.Location.Pointer);
        Assert.Equal(1, d.Location.Line);
        Assert.Equal(Record().IndexOf("62.4", StringComparison.Ordinal) + 1, d.Location.Column);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void NonFiniteNumbersAreReportedAndReadingGoesOn(string literal)
    {
        foreach (var format in new[] { ExportFormat.Json, ExportFormat.Ndjson })
        {
            var text = format == ExportFormat.Json
                ? JsonExport(Record(), Record(value: literal, obj: "b"), Record(value: "600", obj: "c"))
                : string.Join("\n", Record(), Record(value: literal, obj: "b"), Record(value: "600", obj: "c"));
            var (diagnostics, summary) = Validate(text, format);
            var d = Single(diagnostics, "TBGO5010");
            Assert.Equal(2, d.Location.Record);
            Assert.Contains("'" + literal + "'", d.Message, StringComparison.Ordinal);
            Assert.Equal(format == ExportFormat.Json ? "/records/1/value" : "/value", d.Location.Pointer);
            Single(diagnostics, "TBGO5018"); // the record after it is still checked
            Assert.True(summary.Completed);
        }
    }

    [Fact]
    public void TenMegabyteStringIsTooLongNotAMemoryProblem()
    {
        var big = new string('x', 10 * 1024 * 1024);
        var (diagnostics, summary) = Validate(JsonExport(Record(obj: big), Record(obj: "b")), ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5009");
        Assert.Contains("10485760 characters", d.Message, StringComparison.Ordinal);
        Assert.Contains("'xxxxxxxx", d.Message, StringComparison.Ordinal);
        Assert.True(d.Message.Length < 400);
        Assert.Equal("/records/0/object", d.Location.Pointer);
        Assert.Equal((2L, 1L), (summary.RecordsRead, summary.ValidRecords));

        // In NDJSON the line is skipped when it exceeds the record limit, without holding it.
        var (ndjson, s2) = Validate(Record(obj: big) + "\n" + Record(obj: "b") + "\n", ExportFormat.Ndjson, new ExportValidationOptions { MaxRecordBytes = 1024 * 1024 });
        var tooLarge = Single(ndjson, "TBGO5025");
        Assert.Equal((1L, 1), (tooLarge.Location.Record, tooLarge.Location.Line));
        Assert.Equal((2L, 1L), (s2.RecordsRead, s2.ValidRecords));
    }

    [Fact]
    public void TenThousandLevelsOfNestingAreADiagnosticNotAStackOverflow()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var (json, summary) = Validate(JsonExport(Record(), Record(value: deep)), ExportFormat.Json);
        var d = Single(json, "TBGO5001");
        Assert.Contains("nests deeper than 64 levels", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, d.Location.Record);
        Assert.False(summary.Completed);

        var (ndjson, s2) = Validate(Record(value: deep) + "\n" + Record(obj: "b") + "\n", ExportFormat.Ndjson);
        Assert.Equal(1, Single(ndjson, "TBGO5001").Location.Line);
        Assert.Equal((2L, 1L), (s2.RecordsRead, s2.ValidRecords));
    }

    [Fact]
    public void InvalidUtf8InATextValueIsReportedAtTheField()
    {
        var bytes = Encoding.UTF8.GetBytes(Record(obj: "gebouw-@") + "\n");
        var at = Array.IndexOf(bytes, (byte)'@');
        bytes[at] = 0xE9; // Latin-1 'é'
        foreach (var format in new[] { ExportFormat.Ndjson })
        {
            var (diagnostics, summary) = Validate(bytes, format);
            var d = Single(diagnostics, "TBGO5002");
            Assert.Contains("'object'", d.Message, StringComparison.Ordinal);
            Assert.Equal("/object", d.Location.Pointer);
            Assert.Equal(1, d.Location.Line);
            Assert.Equal(1, summary.InvalidRecords);
        }

        var json = Encoding.UTF8.GetBytes(JsonExport(Record(), Record(obj: "gebouw-@")));
        json[Array.IndexOf(json, (byte)'@')] = 0xE9;
        var (jsonDiagnostics, jsonSummary) = Validate(json, ExportFormat.Json);
        var j = Single(jsonDiagnostics, "TBGO5002");
        Assert.Equal(("/records/1/object", 5, 2L), (j.Location.Pointer, j.Location.Line, j.Location.Record));
        Assert.True(jsonSummary.Completed);

        var csv = Encoding.UTF8.GetBytes("project,object,indicator,scale,phase,value,unit,period\nNL.A.B,caf@,tbgo.env.energy.beng-1,gebouw,plan,62.4,kWh/(m2.a),2026\n");
        csv[Array.IndexOf(csv, (byte)'@')] = 0xE9;
        var (csvDiagnostics, _) = Validate(csv, ExportFormat.Csv);
        var c = Single(csvDiagnostics, "TBGO5002");
        Assert.Equal((2, 8), (c.Location.Line, c.Location.Column));
    }

    [Fact]
    public void LoneSurrogateEscapeIsNotText()
    {
        var (diagnostics, summary) = Validate(Record(obj: "blok-\\ud800"), ExportFormat.Ndjson);
        Assert.Equal("/object", Single(diagnostics, "TBGO5002").Location.Pointer);
        Assert.Equal(1, summary.InvalidRecords);
    }

    [Fact]
    public void InvalidUtf8OutsideStringsStopsAJsonExportWithALocation()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonExport(Record(), Record(value: "@")));
        bytes[Array.IndexOf(bytes, (byte)'@')] = 0xFF;
        var (diagnostics, summary) = Validate(bytes, ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5001");
        Assert.Equal(2, d.Location.Record);
        Assert.Equal(5, d.Location.Line);
        Assert.False(summary.Completed);
    }

    [Fact]
    public void CsvMissingAndExtraColumnsAreLocated()
    {
        const string csv = "project,indicator,scale,phase,value,unit,period\n" +
            "NL.A.B,tbgo.env.energy.beng-1,gebouw,plan,62.4,kWh/(m2.a),2026\n" +
            "NL.A.B,tbgo.env.energy.beng-1,gebouw,plan,62.4,kWh/(m2.a)\n" +
            "NL.A.B,tbgo.env.energy.beng-1,gebouw,plan,62.4,kWh/(m2.a),2026,extra\n";
        var (diagnostics, summary) = Validate(csv, ExportFormat.Csv);
        var counts = diagnostics.Where(d => d.Code == "TBGO5024").ToList();
        Assert.Equal([(2L, 3), (3L, 4)], counts.Select(d => (d.Location.Record, d.Location.Line)));
        Assert.Contains("6 fields, but the header has 7", counts[0].Message, StringComparison.Ordinal);
        Assert.Contains("8 fields", counts[1].Message, StringComparison.Ordinal);
        Assert.Equal((3L, 1L), (summary.RecordsRead, summary.ValidRecords));
    }

    [Fact]
    public void CsvHeaderWithoutARequiredColumnIsReportedOnce()
    {
        const string csv = "project;indicator;scale;value;unit;period\nNL.A.B;tbgo.env.energy.beng-1;gebouw;62.4;kWh/(m2.a);2026\nNL.A.C;tbgo.env.energy.beng-1;gebouw;62.4;kWh/(m2.a);2026\n";
        var (diagnostics, _) = Validate(csv, ExportFormat.Csv);
        var d = Single(diagnostics, "TBGO5023");
        Assert.Contains("'phase'", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, x => x.Code == "TBGO5005");
    }

    [Fact]
    public void CsvQuotedSeparatorsAndEmbeddedNewlinesAreOneField()
    {
        const string csv = "project;object;indicator;scale;phase;value;unit;period;source\r\n" +
            "NL.A.B;\"blok; toren\";tbgo.env.energy.beng-1;gebouw;plan;62,4;kWh/(m2.a);2026;\"rapport \"\"v2\"\"\r\nregel twee\"\r\n" +
            "NL.A.B;blok-b;tbgo.env.energy.beng-1;gebouw;plan;662,4;kWh/(m2.a);2026;\r\n";
        var (diagnostics, summary) = Validate(csv, ExportFormat.Csv, new ExportValidationOptions { DecimalComma = true });
        var d = Single(diagnostics, "TBGO5018");
        Assert.Equal((2L, 4), (d.Location.Record, d.Location.Line));
        Assert.Equal("NL.A.B;blok-b;tbgo.env.energy.beng-1;gebouw;plan;".Length + 1, d.Location.Column);
        Assert.Equal((2L, 1L), (summary.RecordsRead, summary.ValidRecords));
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void CsvNonFiniteNumbers(string literal)
    {
        var csv = "project,indicator,scale,phase,value,unit,period\nNL.A.B,tbgo.env.energy.beng-1,gebouw,plan," + literal + ",kWh/(m2.a),2026\n";
        var (diagnostics, _) = Validate(csv, ExportFormat.Csv);
        var d = Single(diagnostics, "TBGO5010");
        Assert.Equal((2, 43, "/value"), (d.Location.Line, d.Location.Column, d.Location.Pointer));
        Assert.Contains("'" + literal + "'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvUnclosedQuoteStopsWithALocation()
    {
        const string csv = "project,object\nNL.A.B,\"never closed\n";
        var (diagnostics, summary) = Validate(csv, ExportFormat.Csv);
        var d = Single(diagnostics, "TBGO5028");
        Assert.Equal((2, 8), (d.Location.Line, d.Location.Column));
        Assert.False(summary.Completed);
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Ndjson)]
    [InlineData(ExportFormat.Csv)]
    public void EmptyFileIsAnError(ExportFormat format)
    {
        var (diagnostics, summary) = Validate([], format);
        var d = Single(diagnostics, "TBGO5027");
        Assert.Equal(1, d.Location.Line);
        Assert.False(summary.IsValid);
        var (withBom, _) = Validate([0xEF, 0xBB, 0xBF, (byte)'\n'], format);
        Single(withBom, "TBGO5027");
    }

    [Fact]
    public void CsvWithOnlyAHeaderHasNoRecords()
    {
        var (diagnostics, summary) = Validate("\uFEFFproject,object,indicator,scale,phase,value,unit,period\n", ExportFormat.Csv);
        var d = Single(diagnostics, "TBGO5026");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(0, summary.RecordsRead);
        Assert.True(summary.IsValid);
    }

    [Fact]
    public void TenThousandBadRecordsGiveTenThousandLocatedDiagnostics()
    {
        var lines = Enumerable.Range(0, 10_000).Select(i => Record(value: "600", obj: "b" + i));
        var (diagnostics, summary) = Validate(string.Join("\n", lines), ExportFormat.Ndjson);
        Assert.Equal(10_000, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("TBGO5018", d.Code));
        Assert.Equal(Enumerable.Range(1, 10_000), diagnostics.Select(d => d.Location.Line));
        Assert.Equal(10_000, summary.InvalidRecords);
        Assert.Equal(10_000, summary.ByCode["TBGO5018"]);
    }
}
