using System.Text;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary>Each bad input of the foundation issue gives located diagnostics, in bounded time and memory.</summary>
public sealed class BadInputTests
{
    private const string Path = TestCatalogue.IndicatorPath;

    [Fact]
    public void TheTestCatalogueIsValid()
    {
        var result = new TestCatalogue().Load();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Catalogue!.Indicators);
    }

    [Fact]
    public void InvalidYamlSyntaxIsLocated()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, "id: [unclosed\nstatus: core\n").Load());
        Assert.Equal("TBGO1001", d.Code);
        Assert.Equal(Path, d.Location.File);
        Assert.Equal(1, d.Location.Line);
        Assert.Equal(5, d.Location.Column);
        Assert.StartsWith("The YAML is not well-formed: a flow collection is not closed", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: x\nstatus: co\0re\n", 2, 11, "a NUL character (U+0000)")]
    [InlineData("\0", 1, 1, "a NUL character (U+0000)")]
    [InlineData("id: x\u001b[31m\n", 1, 6, "the control character U+001B")]
    [InlineData("id: x\u0085\u007F\n", 1, 7, "the control character U+007F")]
    public void A_nul_or_control_character_is_named_and_located(string yaml, int line, int column, string what)
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, yaml).Load());
        Assert.Equal("TBGO1001", d.Code);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.Contains(what, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATabWhereIndentationIsExpectedIsNamed()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, "id: x\nname:\n\tnl: a\n").Load());
        Assert.Equal("TBGO1001", d.Code);
        Assert.Equal(3, d.Location.Line);
        Assert.Equal(1, d.Location.Column);
        Assert.Equal("Line 3 is indented with a tab; YAML indents with spaces only.", d.Hint);
    }

    [Fact]
    public void AnAliasBombIsRejectedBeforeAnyTreeExists()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var prev = (char)('a' + i);
            var next = (char)('b' + i);
            bomb.Append(next).Append(": &").Append(next).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, bomb.ToString()).Load());
        Assert.Equal("TBGO1004", d.Code);
        Assert.Equal(1, d.Location.Line);
        Assert.Contains("'&a'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecursiveAliasIsRejected()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, "a: &a [1, *a]\n").Load());
        Assert.Equal("TBGO1004", d.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FiftyThousandLevelsOfNestingStopAtTheDepthLimit(bool flow)
    {
        const int levels = 50_000;
        var sb = new StringBuilder();
        if (flow)
        {
            sb.Append("id: ").Append('[', levels).Append(']', levels).Append('\n');
        }
        else
        {
            // Block sequences nest compactly on one line: "- - - ... x" (indentation makes block mappings quadratic in size).
            sb.Append("id:\n  ");
            for (var i = 0; i < levels; i++)
            {
                sb.Append("- ");
            }

            sb.Append("x\n");
        }

        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, sb.ToString()).Load());
        Assert.Equal("TBGO1006", d.Code);
        Assert.Contains("deeper than 32 levels", d.Message, StringComparison.Ordinal);
        Assert.True(d.Location.Line >= 1);
    }

    [Fact]
    public void A200MegabyteFileIsRejectedUnreadFromAFolder()
    {
        var dir = Directory.CreateTempSubdirectory("tbgo-huge-");
        try
        {
            CopyTestCatalogue(dir.FullName);
            var huge = System.IO.Path.Combine(dir.FullName, "env", "climate", "tbgo.env.climate.huge.yaml");
            using (var fs = new FileStream(huge, FileMode.Create))
            {
                fs.SetLength(200L * 1024 * 1024); // sparse: no 200 MB written to disk
            }

            var result = CatalogueLoader.LoadDirectory(dir.FullName);
            var d = TestCatalogue.SingleError(result);
            Assert.Equal("TBGO1003", d.Code);
            Assert.EndsWith("tbgo.env.climate.huge.yaml", d.Location.File, StringComparison.Ordinal);
            Assert.Equal("The file is larger than the limit of 4194304 bytes; it was not read.", d.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AnEndlessStreamIsReadOnlyUpToTheLimit()
    {
        using var endless = new EndlessStream();
        var source = CatalogueSource.FromStream(Path, endless, maxBytes: 1024);
        Assert.Equal(1025, source.Length);
        Assert.True(endless.BytesRead <= 1025 + 81920);
        var result = CatalogueLoader.Load([source], new LoadOptions { MaxFileBytes = 1024 });
        Assert.Contains(result.Diagnostics, d => d.Code == "TBGO1003");
    }

    [Fact]
    public void DuplicateKeysAreErrorsNamingTheFirst()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("theme: climate\n", "theme: climate\ntheme: energy\n").Load());
        Assert.Equal("TBGO1008", d.Code);
        Assert.Equal($"The key 'theme' appears twice in one mapping; it was first given at line {LineOf("theme: climate")}, column 1.", d.Message);
        Assert.Equal(LineOf("theme: climate") + 1, d.Location.Line);
    }

    [Fact]
    public void AnUnknownKeyIsAnErrorWithANearMissHint()
    {
        var result = new TestCatalogue().EditIndicator("unit: kg CO2-eq/(m2.a)\ndirection", "untis: kg CO2-eq/(m2.a)\ndirection").Load();
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == "TBGO2001");
        Assert.Equal("The key 'untis' is not allowed in the indicator.", unknown.Message);
        Assert.Equal("Did you mean 'unit'?", unknown.Hint);
        Assert.Equal(LineOf("unit: kg CO2-eq/(m2.a)\ndirection"), unknown.Location.Line);
        Assert.Equal(1, unknown.Location.Column);
        Assert.Equal("/untis", unknown.Location.Pointer);
        Assert.Contains(result.Diagnostics, d => d.Code == "TBGO2002" && d.Message.Contains("'unit'", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommaInsideAFlowMappingGetsItsOwnHint()
    {
        var result = new TestCatalogue().EditIndicator("{nl: Test-GWP, en: Test GWP}", "{nl: Test-GWP, en: Test GWP, klein}").Load();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TBGO2001");
        Assert.Equal("In a flow mapping { ... } a comma separates entries: quote text that contains a comma.", d.Hint);
    }

    [Fact]
    public void AnUnparseableUnitIsLocatedAtTheScalar()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("unit: kg CO2-eq/(m2.a)\ndirection", "unit: kg CO2-eq/(m2.jr2x)\ndirection").Load());
        Assert.Equal("TBGO4001", d.Code);
        Assert.Equal(LineOf("unit: kg CO2-eq/(m2.a)\ndirection"), d.Location.Line);
        Assert.Equal(7, d.Location.Column);
        Assert.StartsWith("The unit 'kg CO2-eq/(m2.jr2x)' cannot be read:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUnitOfTheWrongDimensionIsAnError()
    {
        var result = new TestCatalogue().EditIndicator("unit: kg CO2-eq/(m2.a)\ndirection", "unit: kWh/(m2.a)\ndirection").Load();
        Assert.Null(result.Catalogue);
        var d = result.Diagnostics[0];
        Assert.Equal("TBGO3004", d.Code);
        Assert.Equal("The unit 'kWh/(m2.a)' (M.T-3) does not fit quantity 'gwp-per-area-year' (GWP per square metre per year, M.L-2.T-1.[CO2-eq]).", d.Message);
        Assert.Equal(LineOf("unit: kg CO2-eq/(m2.a)\ndirection"), d.Location.Line);
        Assert.Equal(7, d.Location.Column);

        // What follows from it is reported too: the limit value and the worked example no longer fit.
        Assert.Contains(result.Diagnostics, x => x.Code == "TBGO3004" && x.Location.Line == LineOf("    unit: kg CO2-eq/(m2.a)\n    comparator"));
        Assert.Contains(result.Diagnostics, x => x.Code == "TBGO3008");
    }

    [Fact]
    public void ALimitValueInAWrongUnitIsAnError()
    {
        var result = new TestCatalogue().EditIndicator("    unit: kg CO2-eq/(m2.a)\n    comparator", "    unit: kg P-eq/(m2.a)\n    comparator").Load();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TBGO3004");
        Assert.Contains("'kg P-eq/(m2.a)'", d.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf("    unit: kg CO2-eq/(m2.a)\n    comparator"), d.Location.Line);
    }

    [Fact]
    public void ALimitValueWithoutSourceIsAnError()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("    source: {ref: test-source, locator: table 1, confidence: confirmed}\n", string.Empty).Load());
        Assert.Equal("TBGO2002", d.Code);
        Assert.Equal("The required key 'source' is missing from the limit value at /limitValues/0.", d.Message);
        Assert.Equal(LineOf("  - value: 10"), d.Location.Line);
    }

    [Fact]
    public void TwoIndicatorsWithOneIdAreAnErrorNamingTheOther()
    {
        var result = new TestCatalogue().With("env/climate/tbgo.env.climate.copy.yaml", TestCatalogue.Indicator).Load();
        Assert.Null(result.Catalogue);
        var dup = Assert.Single(result.Diagnostics, d => d.Code == "TBGO3001");
        Assert.Contains("The indicator id 'tbgo.env.climate.test-gwp' is already defined in", dup.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "TBGO3002");
    }

    [Fact]
    public void AMappingToAMissingFrameworkItemIsAnErrorWithAHint()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("frame:item-1", "frame:item-2").Load());
        Assert.Equal("TBGO3003", d.Code);
        Assert.Equal("The item of framework 'frame' 'item-2' is not defined in this catalogue.", d.Message);
        Assert.Equal("Did you mean 'frame:item-1'?", d.Hint);
        Assert.Equal(LineOf("  - {target: \"frame:item-1\""), d.Location.Line);
        Assert.Equal(14, d.Location.Column);
    }

    [Fact]
    public void ABomAndCrlfLineEndingsLoadFine()
    {
        var crlf = TestCatalogue.Indicator.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(crlf)).ToArray();
        var result = new TestCatalogue().With(Path, bytes).Load();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("Test GWP", result.Catalogue!.Indicators[0].Name.En);
    }

    [Fact]
    public void InvalidUtf8IsLocatedByLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("id: tbgo.env.climate.test-gwp\nname: {nl: caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("}\n")).ToArray();
        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, bytes).Load());
        Assert.Equal("TBGO1002", d.Code);
        Assert.Equal(2, d.Location.Line);
        Assert.Equal(15, d.Location.Column); // "name: {nl: caf" is 14 characters; the bad byte is the 15th

        Assert.Equal("The file is not valid UTF-8: the byte 0xC3 at offset 44 does not start or continue a UTF-8 character.", d.Message);
    }

    [Fact]
    public void TypeTagsAreRejected()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().With(Path, "id: !!python/object:os.system [ls]\n").Load());
        Assert.Equal("TBGO1005", d.Code);
    }

    [Fact]
    public void MoreThanOneDocumentAndEmptyFilesAreErrors()
    {
        Assert.Equal("TBGO1009", TestCatalogue.SingleError(new TestCatalogue().With(Path, TestCatalogue.Indicator + "\n---\nid: x\n").Load()).Code);
        Assert.Equal("TBGO1010", TestCatalogue.SingleError(new TestCatalogue().With(Path, "# only a comment\n").Load()).Code);
    }

    [Fact]
    public void NumbersWithADecimalCommaGetAHint()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("  - value: 10\n", "  - value: 0,8\n").Load());
        Assert.Equal("TBGO2003", d.Code);
        Assert.Equal("Expected a number at /limitValues/0/value, but found the text '0,8'.", d.Message);
        Assert.Equal("Write numbers with a decimal point: 0.8.", d.Hint);
    }

    [Fact]
    public void AllProblemsOfACatalogueAreReportedInOneRun()
    {
        var result = new TestCatalogue()
            .EditIndicator("frame:item-1", "frame:item-9")
            .With("env/climate/tbgo.env.climate.broken.yaml", "id: [unclosed\n")
            .With("sources/more.yaml", "sources:\n  - {id: test-source, title: Again, kind: report}\n")
            .With("frameworks/other.yaml", "id: other\nname: {nl: a, en: b}\nsource: {ref: nowhere, confidence: partly}\nitems:\n  - {id: x, name: {en: x}, unti: m}\n")
            .Load();
        var codes = result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();
        // The framework with a schema error (unti) still has its source checked: 'nowhere' is the second TBGO3003.
        Assert.Equal(["TBGO1001", "TBGO2001", "TBGO3001", "TBGO3003", "TBGO3003"], codes);
        Assert.Contains(result.Diagnostics, d => d.Code == "TBGO3003" && d.Message.Contains("'nowhere'", StringComparison.Ordinal) && d.Location.File == "frameworks/other.yaml" && d.Location.Line == 3);
        Assert.All(result.Diagnostics, d => Assert.NotNull(d.Location.File));
        Assert.Equal(5, result.Summary.Errors);
    }

    [Fact]
    public void AFailingWorkedExampleIsReportedWithBothNumbers()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("expected: 2.0 kg", "expected: 2.5 kg").Load());
        Assert.Equal("TBGO3008", d.Code);
        Assert.Equal("The worked example 'Ten tonnes over 100 m2 and 50 years' expects 2.5 kg CO2-eq/(m2.a), but the library computes 2.0000 kg CO2-eq/(m2.a).", d.Message);
    }

    [Fact]
    public void OverlappingLimitValuesForOneScopeAreAnError()
    {
        var second = """
              - value: 8
                unit: kg CO2-eq/(m2.a)
                comparator: "<="
                scope: {scale: gebouw, buildingType: woonfunctie}
                validFrom: 2027-01-01
                kind: binding
                source: {ref: test-source, confidence: confirmed}
            sources:
            """;
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("sources:\n  - {ref: test-source, confidence: confirmed}\nexamples", second + "\n  - {ref: test-source, confidence: confirmed}\nexamples").Load());
        Assert.Equal("TBGO3005", d.Code);
        Assert.Contains($"(2027-01-01 to open end) overlaps the one at line {LineOf("  - value: 10")} (2025-01-01 to open end)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeprecatedIndicatorNeedsAnExistingReplacement()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("status: candidate", "status: deprecated").Load());
        Assert.Equal("TBGO3007", d.Code);
        var d2 = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("status: candidate", "status: deprecated\nreplacedBy: tbgo.env.climate.gone").Load());
        Assert.Equal("TBGO3003", d2.Code);
    }

    [Fact]
    public void ANumericIndicatorMustDeclareItsPlausibleRange()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().EditIndicator("range: {min: 0, max: 100}\n", string.Empty).Load());
        Assert.Equal("TBGO3021", d.Code);
        Assert.Equal("The numeric indicator 'tbgo.env.climate.test-gwp' declares no plausible range (range: {min, max}).", d.Message);
    }

    [Fact]
    public void AMissingCatalogueFileIsReported()
    {
        var d = TestCatalogue.SingleError(new TestCatalogue().Without("catalogue.yaml").Load());
        Assert.Equal("TBGO3011", d.Code);
    }

    /// <summary>The 1-based line of the test indicator on which <paramref name="text"/> starts.</summary>
    private static int LineOf(string text)
    {
        var index = TestCatalogue.Indicator.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the test indicator");
        return TestCatalogue.Indicator[..index].Count(c => c == '\n') + 1;
    }

    private static void CopyTestCatalogue(string root)
    {
        var files = new Dictionary<string, string>
        {
            ["catalogue.yaml"] = "id: test\nversion: \"2026.1\"\nreleaseDate: 2026-11-23\nstatus: draft\ntitle: {nl: T, en: T}\npillars: [{id: env, name: {nl: M, en: E}}]\nthemes: [{id: climate, pillar: env, name: {nl: K, en: C}}]\nchangelog: [{version: \"2026.1\", date: 2026-11-23, changes: [First.]}]\n",
        };
        foreach (var (path, text) in files)
        {
            var full = System.IO.Path.Combine(root, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        Directory.CreateDirectory(System.IO.Path.Combine(root, "env", "climate"));
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
