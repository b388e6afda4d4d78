using System.Text.Json;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary>Runs tbgo in-process and captures what it prints.</summary>
internal sealed record Tbgo(int ExitCode, string Out, string Err)
{
    public static Tbgo Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = TbgoCli.Run(args, output, error);
        return new Tbgo(code, output.ToString(), error.ToString());
    }

    public JsonElement Json()
    {
        using var doc = JsonDocument.Parse(Out);
        return doc.RootElement.Clone();
    }
}
