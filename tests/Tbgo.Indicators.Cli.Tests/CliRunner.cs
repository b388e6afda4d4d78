namespace Tbgo.Indicators.Cli.Tests;

/// <summary>Runs tbgo in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = TbgoCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
