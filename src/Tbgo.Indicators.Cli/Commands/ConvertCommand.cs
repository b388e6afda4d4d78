using System.CommandLine;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo convert VALUE FROM TO</c>: converts a value between compatible units.</summary>
internal static class ConvertCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var value = new Argument<string>("value") { Description = "The number, with a decimal point (1.2, -3e6)." };
        var from = new Argument<string>("from") { Description = "The unit of the value, such as \"t CO2-eq\"." };
        var to = new Argument<string>("to") { Description = "The unit to convert to, such as \"kg CO2-eq\"." };
        var command = new Command("convert", "Convert a value between units; incompatible dimensions are an error naming both.");
        command.Options.Add(CliOptions.TextOrJson());
        command.Arguments.Add(value);
        command.Arguments.Add(from);
        command.Arguments.Add(to);
        command.SetAction(r =>
        {
            var ctx = context(r);
            var text = r.GetValue(value)!;
            if (!InvariantNumber.TryParse(text, out var number))
            {
                return ctx.Fail($"'{text}' is not a finite number in invariant notation.",
                    InvariantNumber.LooksLikeDecimalComma(text) ? $"Use a decimal point: {text.Replace(',', '.')}" : "Write digits with a decimal point and an optional exponent: 1.2, -3e6.");
            }

            if (!Unit.TryParse(r.GetValue(from), out var source, out var sourceError))
            {
                return ctx.Fail($"the unit '{r.GetValue(from)}' cannot be read: {sourceError}.");
            }

            if (!Unit.TryParse(r.GetValue(to), out var target, out var targetError))
            {
                return ctx.Fail($"the unit '{r.GetValue(to)}' cannot be read: {targetError}.");
            }

            if (!source.TryGetConversionTo(target, out var conversion))
            {
                return ctx.Fail(new IncompatibleUnitsException(source, target).Message);
            }

            var result = conversion.Apply(number);
            if (!double.IsFinite(result))
            {
                return ctx.Fail($"{text} {source} is too large to express in {target}.");
            }

            if (ctx.Json)
            {
                ctx.WriteJson(w =>
                {
                    w.WriteStartObject();
                    CatalogueJson.WriteQuantity(w, "from", new Quantity(number, source));
                    CatalogueJson.WriteQuantity(w, "to", new Quantity(result, target));
                    w.WriteNumber("factor", conversion.Factor);
                    if (conversion.IsExact)
                    {
                        w.WriteString("exactFactor", conversion.Ratio.ToString());
                    }

                    w.WriteEndObject();
                });
            }
            else
            {
                ctx.Out.WriteLine($"{InvariantNumber.Format(number)} {source.Text} = {InvariantNumber.Format(result)} {target.Text}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
