namespace Tbgo.Indicators.Cli.Tests;

/// <summary>Runs tbgo in-process and captures its output, as a tuple (see <see cref="Tbgo"/> for the record form).</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var r = Tbgo.Run(args);
        return (r.ExitCode, r.Out, r.Err);
    }
}
