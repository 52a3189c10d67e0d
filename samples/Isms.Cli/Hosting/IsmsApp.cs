using NodaTime;

namespace Isms.Cli.Hosting;

/// <summary>The <c>isms</c> host: dispatches to a verb, maps errors to exit codes.</summary>
internal static class IsmsApp
{
    /// <summary>
    /// Every verb the host knows, in the order <c>--help</c> lists them: each <see cref="Verb"/> subclass in this
    /// assembly, so a capability adds a verb by adding one file under <c>Commands/</c>.
    /// </summary>
    public static IReadOnlyList<Verb> Verbs { get; } = typeof(IsmsApp).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Verb)) && !t.IsAbstract)
        .Select(t => (Verb)Activator.CreateInstance(t)!)
        .OrderBy(v => v.Order)
        .ThenBy(v => v.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Runs the host with the system clock.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdout, stderr, SystemClock.Instance));

    /// <summary>Runs the host: no arguments runs the demo; otherwise the first argument names the verb.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        try
        {
            if (args.Count == 0)
            {
                return Find("demo")!.Run(ParsedArguments.Parse("demo", [], [], 0), context);
            }

            var first = args[0];
            if (first is "--help" or "-h" or "-?" or "help")
            {
                WriteHelp(context.Out);
                return ExitCodes.Success;
            }

            if (first is "--version")
            {
                context.Out.WriteLine(typeof(IsmsApp).Assembly.GetName().Version?.ToString(3));
                return ExitCodes.Success;
            }

            var verb = Find(first) ?? throw new UsageException(
                first.StartsWith('-')
                    ? $"unknown option '{first}' (see 'isms --help')"
                    : $"unknown verb '{first}' (verbs: {string.Join(", ", Verbs.Select(v => v.Name))})");
            var parsed = ParsedArguments.Parse(verb.Name, args.Skip(1).ToList(), verb.Options, verb.MaxPositionals);
            if (parsed.HelpRequested)
            {
                WriteVerbHelp(verb, context.Out);
                return ExitCodes.Success;
            }

            return verb.Run(parsed, context);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"isms: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"isms: {OneLine(ex.Message)}");
            return ExitCodes.UsageOrUnreadable;
        }
#pragma warning disable CA1031 // The host's contract: one clear line on stderr, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"isms: {ex.GetType().Name}: {OneLine(ex.Message)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Writes the general help: the product in one line and its verbs.</summary>
    public static void WriteHelp(TextWriter output)
    {
        output.WriteLine("isms - model, run and certify an ISO/IEC 27001:2022 ISMS");
        output.WriteLine();
        output.WriteLine("Usage: isms [VERB] [ARGS] [--format table|json|csv|tsv|md]");
        output.WriteLine("       isms            runs the demo on the built-in sample organisation");
        output.WriteLine();
        output.WriteLine("Verbs:");
        foreach (var verb in Verbs)
        {
            WriteWrapped(output, $"  {verb.Name,-15} ", verb.Summary);
        }

        output.WriteLine();
        output.WriteLine("Exit codes: 0 success, 1 input read but fails checks,");
        output.WriteLine("            2 bad usage or unreadable input.");
        output.WriteLine("Run 'isms VERB --help' for a verb's options.");
    }

    /// <summary>Writes <paramref name="text"/> after <paramref name="prefix"/>, wrapped at 80 columns under itself.</summary>
    private static void WriteWrapped(TextWriter output, string prefix, string text)
    {
        var line = prefix;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > prefix.Length && line.Length + 1 + word.Length > 80)
            {
                output.WriteLine(line);
                line = new string(' ', prefix.Length);
            }

            line += (line.Length > prefix.Length ? " " : string.Empty) + word;
        }

        output.WriteLine(line);
    }

    private static void WriteVerbHelp(Verb verb, TextWriter output)
    {
        output.WriteLine($"Usage: isms {verb.Usage}");
        output.WriteLine();
        output.WriteLine(verb.Summary);
        if (verb.Options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Options:");
            foreach (var option in verb.Options)
            {
                var left = option.IsFlag ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
                output.WriteLine($"  {left,-28} {option.Description}");
            }
        }
    }

    private static Verb? Find(string name) => Verbs.FirstOrDefault(v => v.Name == name);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
