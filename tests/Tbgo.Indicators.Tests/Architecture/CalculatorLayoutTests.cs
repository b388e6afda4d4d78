using System.Text;
using System.Text.RegularExpressions;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Architecture;

/// <summary>
/// The source layout of the calculators and the layering it stands for (CONTRIBUTING, "Adding a calculator"),
/// checked by reading the library's source files:
/// every file under <c>Calculators/</c> sits in a folder (<c>Calculators/&lt;Name&gt;/</c> or <c>Calculators/Shared/</c>);
/// pure calculator code (every file there whose name does not contain <c>Json</c>) refers to nothing in
/// <c>Tbgo.Indicators.Loading</c> or <c>Tbgo.Indicators.Validation</c>: only the JSON files (binding, schema
/// validation) may; and the catalogue loader (<c>Loading/</c>) and the formula evaluator it uses (<c>Formulas/</c>)
/// use no type declared under <c>Calculators/</c>. All types keep the namespace <c>Tbgo.Indicators.Calculators</c>,
/// so the rules are about the files' folders, not namespaces.
/// </summary>
public sealed partial class CalculatorLayoutTests
{
    private static string Library => RepoPaths.Combine("src", "Tbgo.Indicators");

    [Fact]
    public void Every_calculator_file_sits_in_a_folder()
    {
        var loose = Directory.GetFiles(Path.Combine(Library, "Calculators"), "*.cs", SearchOption.TopDirectoryOnly);
        Assert.True(loose.Length == 0, "Files directly in Calculators/ (give each a folder, see CONTRIBUTING): " + string.Join(", ", loose.Select(Path.GetFileName)));
    }

    [Fact]
    public void Pure_calculator_code_does_not_use_loading_or_validation()
    {
        var violations = PureCalculatorViolations(Library);
        Assert.True(violations.Count == 0, "Only the calculators' JSON files may use Loading or Validation:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Loading_and_formulas_do_not_use_calculator_files()
    {
        var violations = LoadingViolations(Library);
        Assert.True(violations.Count == 0, "Loading/ and Formulas/ use types declared under Calculators/:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_rules_see_the_calculators_and_the_loader()
    {
        // Guards against the checks passing vacuously (a moved folder, a regex that matches nothing).
        var calculators = Path.Combine(Library, "Calculators");
        Assert.Contains(Path.Combine(calculators, "Shared", "Calculator.cs"), Directory.GetFiles(calculators, "*.cs", SearchOption.AllDirectories));
        Assert.True(PureCalculatorFiles(Library).Count() > 50);
        var declared = TypesDeclaredUnder(calculators);
        Assert.Contains("MpgCalculator", declared);
        Assert.Contains("CalculationOutcome", declared);
        Assert.DoesNotContain("Formula", declared);
        Assert.Contains("CatalogueLoader", TypesDeclaredUnder(Path.Combine(Library, "Loading")));
        Assert.True(Directory.GetFiles(Path.Combine(Library, "Loading"), "*.cs", SearchOption.AllDirectories).Length > 10);
    }

    [Theory]
    [InlineData("using Tbgo.Indicators.Loading;\nnamespace Tbgo.Indicators.Calculators;")]
    [InlineData("using Tbgo.Indicators.Validation.Schema;\nnamespace Tbgo.Indicators.Calculators;")]
    [InlineData("namespace Tbgo.Indicators.Calculators;\nclass A { object B => global::Tbgo.Indicators.Loading.EmbeddedData.ReadSchema(\"x\"); }")]
    [InlineData("namespace Tbgo.Indicators.Calculators;\nclass A { object B => Validation.Schema.SchemaCompiler.Compile(null); }")]
    [InlineData("namespace Tbgo.Indicators.Calculators;\nclass A { object? B => default(CatalogueBuilder); }")]
    public void The_pure_code_rule_catches_a_violation(string source)
    {
        var referenced = ForbiddenInPureCode(Library, source);
        Assert.NotEmpty(referenced);
    }

    [Theory]
    [InlineData("// Loading.EmbeddedData and using Tbgo.Indicators.Validation; in a comment\nnamespace Tbgo.Indicators.Calculators;")]
    [InlineData("namespace Tbgo.Indicators.Calculators;\nclass A { string B => \"Tbgo.Indicators.Loading.CatalogueBuilder\"; }")]
    public void The_pure_code_rule_ignores_comments_and_strings(string source) =>
        Assert.Empty(ForbiddenInPureCode(Library, source));

    private static IEnumerable<string> PureCalculatorFiles(string library) =>
        Directory.GetFiles(Path.Combine(library, "Calculators"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains("Json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static List<string> PureCalculatorViolations(string library)
    {
        var violations = new List<string>();
        foreach (var file in PureCalculatorFiles(library))
        {
            foreach (var what in ForbiddenInPureCode(library, File.ReadAllText(file)))
            {
                violations.Add($"{Path.GetRelativePath(library, file)}: {what}");
            }
        }

        return violations;
    }

    /// <summary>What in this source refers to Loading or Validation: a namespace (using, fully or partly qualified) or a type declared there.</summary>
    private static List<string> ForbiddenInPureCode(string library, string source)
    {
        var code = CodeOnly(source);
        var found = new List<string>();
        found.AddRange(ForbiddenNamespace().Matches(code).Select(m => m.Value));
        var forbiddenTypes = TypesDeclaredUnder(Path.Combine(library, "Loading"))
            .Concat(TypesDeclaredUnder(Path.Combine(library, "Validation")))
            .ToHashSet(StringComparer.Ordinal);
        found.AddRange(Identifier().Matches(code).Select(m => m.Value).Where(forbiddenTypes.Contains).Distinct(StringComparer.Ordinal));
        return found;
    }

    private static List<string> LoadingViolations(string library)
    {
        var calculatorTypes = TypesDeclaredUnder(Path.Combine(library, "Calculators"));
        var violations = new List<string>();
        var files = Directory.GetFiles(Path.Combine(library, "Loading"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(library, "Formulas"), "*.cs", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var code = CodeOnly(File.ReadAllText(file));
            foreach (var used in Identifier().Matches(code).Select(m => m.Value).Where(calculatorTypes.Contains).Distinct(StringComparer.Ordinal))
            {
                violations.Add($"{Path.GetRelativePath(library, file)}: {used}");
            }
        }

        return violations;
    }

    /// <summary>The top-level types declared in the .cs files under a folder (file-scoped namespaces: declarations at column 0).</summary>
    private static HashSet<string> TypesDeclaredUnder(string folder)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in TypeDeclaration().Matches(CodeOnly(File.ReadAllText(file))))
            {
                names.Add(m.Groups["name"].Value);
            }
        }

        return names;
    }

    /// <summary>The source with comments removed and string and character literals emptied.</summary>
    internal static string CodeOnly(string source)
    {
        var sb = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
                sb.Append(' ');
            }
            else if (source.AsSpan(i).StartsWith("\"\"\""))
            {
                var end = source.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 3;
                sb.Append("\"\"");
            }
            else if (c == '"' || c == '\'')
            {
                var verbatim = c == '"' && i > 0 && (source[i - 1] == '@' || (source[i - 1] == '$' && i > 1 && source[i - 2] == '@'));
                i++;
                while (i < source.Length)
                {
                    if (source[i] == '\\' && !verbatim)
                    {
                        i += 2;
                    }
                    else if (source[i] == c && verbatim && i + 1 < source.Length && source[i + 1] == c)
                    {
                        i += 2;
                    }
                    else if (source[i] == c || (source[i] == '\n' && !verbatim))
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        i++;
                    }
                }

                sb.Append(c).Append(c);
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    // Tbgo.Indicators.Loading..., or Loading./Validation. not after a dot (partly qualified inside Tbgo.Indicators.*).
    [GeneratedRegex(@"\bTbgo\s*\.\s*Indicators\s*\.\s*(Loading|Validation)\b|(?<![\w.]\s*)\b(Loading|Validation)\s*\.\s*[A-Z]\w*", RegexOptions.CultureInvariant)]
    private static partial Regex ForbiddenNamespace();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|partial|readonly|file|ref)\s+)*(?:class|struct|interface|enum|record(?:\s+(?:class|struct))?)\s+(?<name>[A-Za-z_]\w*)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TypeDeclaration();
}
