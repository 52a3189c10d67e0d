using Isms.Cli.Hosting;

return IsmsApp.Run(args, Console.Out, Console.Error);
