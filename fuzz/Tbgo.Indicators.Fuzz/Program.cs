using SharpFuzz;

namespace Tbgo.Indicators.Fuzz;

/// <summary>
/// Entry point: <c>Tbgo.Indicators.Fuzz &lt;target&gt;</c> reads one input from standard input (under
/// afl-fuzz, many inputs in persistent mode). A crash is any exception a target does not document;
/// see <see cref="Targets"/> for what each target calls and what it accepts.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1 || !Targets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Tbgo.Indicators.Fuzz <{string.Join('|', Targets.All.Keys)}>  (input on standard input)");
            return 2;
        }

        var warm = false;
        Fuzzer.Run(stream =>
        {
            // Instrumented code runs only inside Fuzzer.Run (it sets up the coverage map), so the warm-up
            // happens in the first call: it loads the embedded catalogue and schemas once. SharpFuzz runs
            // the first input twice and discards the first trace, so one-time initialisation stays out.
            if (!warm)
            {
                Targets.WarmUp();
                warm = true;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }
}
