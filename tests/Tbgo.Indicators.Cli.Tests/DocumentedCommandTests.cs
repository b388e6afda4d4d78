using System.Text;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary>Runs alone: the documented commands use paths relative to the repository, so the test changes the working directory.</summary>
[CollectionDefinition(nameof(WorkingDirectoryCollection), DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;

/// <summary>
/// Every command shown in the documentation (<c>$ dotnet run --project src/Tbgo.Indicators.Cli -- ...</c> or
/// <c>$ tbgo ...</c> in a fenced block) is run in-process from the repository root, and the output shown under it
/// must be what the tool prints: the lines in order (a line <c>...</c> stands for lines left out, and <c>...</c>
/// inside a line for text left out), the first line exactly where the output starts. <c>$ echo $?</c> checks the
/// exit code of the command before it.
/// </summary>
[Collection(nameof(WorkingDirectoryCollection))]
public sealed class DocumentedCommandTests
{
    private static readonly string[] Documents = ["README.md", "samples/exports/README.md"];
    private static readonly string[] Prefixes = ["$ dotnet run --project src/Tbgo.Indicators.Cli -- ", "$ tbgo "];

    public static TheoryData<string, int> Commands()
    {
        var data = new TheoryData<string, int>();
        foreach (var doc in Documents)
        {
            foreach (var c in Parse(doc))
            {
                data.Add(doc, c.Line);
            }
        }

        return data;
    }

    [Fact]
    public void The_documents_show_commands()
    {
        Assert.True(Parse("README.md").Count >= 5);
        Assert.True(Parse("samples/exports/README.md").Count >= 3);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Documented_command_prints_what_the_document_shows(string document, int line)
    {
        var command = Parse(document).Single(c => c.Line == line);
        var previous = Environment.CurrentDirectory;
        Tbgo result;
        try
        {
            Environment.CurrentDirectory = RepoPaths.Root;
            result = Tbgo.Run([.. Split(command.Arguments)]);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        var actual = (result.Out + result.Err).Split('\n');
        var at = 0;
        for (var i = 0; i < command.Expected.Count; i++)
        {
            var expected = command.Expected[i];
            if (expected == "...")
            {
                continue;
            }

            var anchored = i == 0;
            while (at < actual.Length && !Matches(expected, actual[at]))
            {
                Assert.False(anchored, $"{document}:{line}: the output starts with '{actual[0]}', the document shows '{expected}'");
                at++;
            }

            Assert.True(at < actual.Length, $"{document}:{line}: the document shows '{expected}', which the output does not have (in this order):\n{result.Out}{result.Err}");
            at++;
        }

        if (command.ExitCode is { } code)
        {
            Assert.Equal(code, result.ExitCode);
        }
    }

    private static bool Matches(string expected, string actual)
    {
        var parts = expected.Split("...");
        if (parts.Length == 1)
        {
            return string.Equals(expected.TrimEnd(), actual.TrimEnd(), StringComparison.Ordinal);
        }

        if (!actual.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        foreach (var part in parts.Skip(1))
        {
            var found = actual.IndexOf(part.TrimEnd(), at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.TrimEnd().Length;
        }

        return true;
    }

    private sealed record Command(int Line, string Arguments, List<string> Expected)
    {
        public int? ExitCode { get; set; }
    }

    private static List<Command> Parse(string document)
    {
        var lines = File.ReadAllLines(RepoPaths.Combine(document.Split('/')));
        var commands = new List<Command>();
        var inBlock = false;
        Command? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (text.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                current = null;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            if (text == "$ echo $?")
            {
                if (commands.Count > 0 && i + 1 < lines.Length && int.TryParse(lines[i + 1], out var code))
                {
                    commands[^1].ExitCode = code;
                    i++;
                }

                current = null;
                continue;
            }

            var prefix = Prefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
            if (prefix is not null)
            {
                current = new Command(i + 1, text[prefix.Length..], []);
                commands.Add(current);
                continue;
            }

            if (text.StartsWith("$ ", StringComparison.Ordinal))
            {
                current = null;
                continue;
            }

            current?.Expected.Add(text);
        }

        foreach (var c in commands)
        {
            while (c.Expected.Count > 0 && c.Expected[^1].Length == 0)
            {
                c.Expected.RemoveAt(c.Expected.Count - 1);
            }
        }

        return commands;
    }

    /// <summary>Splits a command line as a POSIX shell does for plain words and double-quoted words.</summary>
    private static List<string> Split(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var ch in commandLine)
        {
            if (ch == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (ch == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(ch);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
