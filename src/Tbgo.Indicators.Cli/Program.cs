using Tbgo.Indicators.Cli;

return TbgoCli.Run(args, Console.Out, Console.Error);
