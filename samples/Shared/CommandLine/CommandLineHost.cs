using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Isms.Samples.CommandLine;

/// <summary>What a host says about itself: its name (the prefix of its errors), its general help and its version.</summary>
/// <param name="Name">The program as typed, e.g. <c>isms</c>; every error line starts with it and a colon.</param>
/// <param name="Title">The first line of the general help.</param>
/// <param name="Version">What <c>--version</c> prints.</param>
internal sealed record CommandLineProgram(string Name, string Title, string Version)
{
    /// <summary>The usage lines of the general help, each starting with the program's name; empty to generate them.</summary>
    public IReadOnlyList<string> UsageLines { get; init; } = [];

    /// <summary>Lines closing the general help (exit codes, where to read more).</summary>
    public IReadOnlyList<string> Footer { get; init; } = [];
}

/// <summary>
/// Runs a host's command line on System.CommandLine, configured for the hosts' contract: exit 0 success, 1 input
/// read but failing checks, 2 bad usage or unreadable input; every error one plain line on stderr prefixed by the
/// program's name, never a help dump or a stack trace; <c>--help</c> (<c>-h</c>, <c>-?</c>) per verb; <c>--version</c>;
/// shell completion through the <c>[suggest]</c> directive; no response files (<c>@x.json</c> is a file name).
/// </summary>
/// <remarks>
/// <para>The command tree is built once: every verb's command at start-up, its arguments and options only when a command
/// line names it (or asks for completion), so start-up does not grow with the number of verbs or the cost of their
/// declarations. Parsing is serialised by a lock (the tree is shared), verbs run outside it; <see cref="Run"/> may be
/// called from several threads.</para>
/// <para>Order of checks: anything the parser could not place (an unknown verb, option or extra argument, even with
/// <c>--help</c>); then, unless <c>--help</c> was given, the first value error (missing, refused, given twice, a
/// required option or argument absent). Help, version and completion are answered by the host; a verb runs only on a
/// clean parse.</para>
/// </remarks>
/// <typeparam name="TVerb">The host's verb type.</typeparam>
internal sealed class CommandLineHost<TVerb>
    where TVerb : VerbDefinition
{
    private readonly Lock _parseGate = new();
    private readonly RootCommand _root;
    private readonly Command _helpCommand;
    private readonly Argument<string[]> _helpTopic = new("VERB") { Arity = ArgumentArity.ZeroOrMore };
    private readonly HelpOption _help = new("--help", "-h", "-?");
    private readonly VersionOption _version = new("--version");
    private readonly SuggestDirective _suggest = new();
    private readonly Dictionary<Command, TVerb> _verbs = [];
    private readonly Dictionary<Command, string> _paths = [];
    private readonly HashSet<Command> _declared = [];

    // Response files off: 'isms validate @x.json' reads the file '@x.json'. No POSIX bundling: there are no one-letter
    // options to bundle, and '-abc' is then an unknown option, not three.
    private readonly ParserConfiguration _parser = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    /// <summary>Builds the command tree of <paramref name="verbs"/>.</summary>
    /// <param name="program">The program's name, help and version.</param>
    /// <param name="verbs">Every verb; a name with a space is a sub-verb (<c>oscal export</c>).</param>
    /// <param name="defaultVerb">What runs with no verb (its options are the program's own), or null to require one.</param>
    /// <exception cref="InvalidOperationException">Two verbs share a name.</exception>
    public CommandLineHost(CommandLineProgram program, IEnumerable<TVerb> verbs, TVerb? defaultVerb = null)
    {
        Program = program;
        Verbs = [.. verbs.OrderBy(v => v.Order).ThenBy(v => v.Name, StringComparer.Ordinal)];
        DefaultVerb = defaultVerb;

        // The default help option also answers '/h' and '/?', which are paths on Unix: only --help, -h and -?.
        _root = new RootCommand(program.Title);
        _root.Options.Clear();
        _root.Options.Add(_help);
        _root.Options.Add(_version);
        _root.Directives.Clear();
        _root.Directives.Add(_suggest);
        _paths[_root] = string.Empty;
        if (defaultVerb is not null)
        {
            _root.Description = defaultVerb.Summary;
            _verbs[_root] = defaultVerb;
        }

        Quiet(_root);
        foreach (var verb in Verbs)
        {
            var command = CommandFor(verb.Name);
            if (_verbs.ContainsKey(command))
            {
                throw new InvalidOperationException($"two verbs are named '{verb.Name}'");
            }

            command.Description = verb.Summary;
            _verbs[command] = verb;
        }

        // 'isms help [VERB]' as well as 'isms [VERB] --help'; hidden from help and completion.
        _helpCommand = new Command("help", "Show help") { Hidden = true };
        _helpCommand.Arguments.Add(_helpTopic);
        Quiet(_helpCommand);
        _root.Subcommands.Add(_helpCommand);
    }

    /// <summary>The program's name, help and version.</summary>
    public CommandLineProgram Program { get; }

    /// <summary>Every verb, in the order help lists them.</summary>
    public IReadOnlyList<TVerb> Verbs { get; }

    /// <summary>What runs with no verb, or null.</summary>
    public TVerb? DefaultVerb { get; }

    /// <summary>
    /// Parses <paramref name="args"/> and runs what they ask: a verb through <paramref name="run"/>, or help, version
    /// or completions. Every error is one line on <paramref name="error"/> and exit code 2.
    /// </summary>
    /// <returns>The exit code.</returns>
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<TVerb, ParsedArguments, int> run)
    {
        try
        {
            ParseResult result;
            lock (_parseGate)
            {
                DeclareFor(args);
                result = _root.Parse(args, _parser);

                // '[suggest:N] "isms sim"' (shell completion through dotnet-suggest) carries the command line being
                // typed as one argument: it is System.CommandLine's to answer, never a usage error.
                if (result.GetResult(_suggest) is not null)
                {
                    return result.Invoke(new InvocationConfiguration
                    {
                        Output = output,
                        Error = error,
                        EnableDefaultExceptionHandler = false,
                        ProcessTerminationTimeout = null,
                    });
                }

                if (FirstProblem(result) is { } problem)
                {
                    throw new UsageException(problem);
                }
            }

            var command = result.CommandResult.Command;

            if (result.Action is HelpAction)
            {
                WriteHelp(command, output);
                return ExitCodes.Success;
            }

            if (result.GetResult(_version) is not null)
            {
                output.WriteLine(Program.Version);
                return ExitCodes.Success;
            }

            if (command == _helpCommand)
            {
                WriteHelp(Topic(result.GetValue(_helpTopic) ?? []), output);
                return ExitCodes.Success;
            }

            return _verbs.TryGetValue(command, out var verb)
                ? run(verb, new ParsedArguments(result, verb))
                : throw new UsageException($"'{_paths[command]}' needs a verb: {string.Join(", ", Children(command).Select(c => c.Name))} (see '{Program.Name} {_paths[command]} --help')");
        }
        catch (UsageException ex)
        {
            foreach (var line in ex.Lines)
            {
                error.WriteLine($"{Program.Name}: {OptionValues.OneLine(line)}");
            }

            return ExitCodes.UsageOrUnreadable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{Program.Name}: {OptionValues.OneLine(ex.Message)}");
            return ExitCodes.UsageOrUnreadable;
        }
#pragma warning disable CA1031 // The hosts' contract: one clear line on stderr, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"{Program.Name}: {ex.GetType().Name}: {OptionValues.OneLine(ex.Message)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Writes the general help: title, usage, the program's own options, the verbs, the footer.</summary>
    public void WriteHelp(TextWriter output) => WriteHelp(_root, output);

    private void WriteHelp(Command command, TextWriter output)
    {
        Declare(command);
        if (command == _root)
        {
            CommandLineHelp.WriteGeneral(output, Program, DefaultVerb, Listed(_root).ToList());
        }
        else if (_verbs.TryGetValue(command, out var verb))
        {
            CommandLineHelp.WriteVerb(output, Program, verb, Listed(command).ToList());
        }
        else
        {
            CommandLineHelp.WriteGroup(output, Program, _paths[command], Listed(command).ToList());
        }
    }

    /// <summary>The verbs listed under <paramref name="command"/>: every verb below it, by its full name.</summary>
    private IEnumerable<TVerb> Listed(Command command)
    {
        var prefix = _paths[command].Length == 0 ? string.Empty : _paths[command] + " ";
        return Verbs.Where(v => v.Name.StartsWith(prefix, StringComparison.Ordinal) && v.Name != _paths[command]);
    }

    private Command Topic(IReadOnlyList<string> names)
    {
        var command = (Command)_root;
        foreach (var name in names)
        {
            command = Children(command).FirstOrDefault(c => c.Name == name)
                ?? throw new UsageException(UnknownVerb(name, command));
        }

        return command;
    }

    /// <summary>The first problem of a parse as one line, or null when the verb may run (or help may be shown).</summary>
    private string? FirstProblem(ParseResult result)
    {
        var command = result.CommandResult.Command;

        // What the parser could not place is reported even with --help: 'isms no-such-verb --help' exits 2. An unknown
        // option taken as a FILE first: in 'validate --bogus x.json' the culprit is --bogus, not the extra x.json.
        if (OptionLikePositional(result, command) is { } unknown)
        {
            return UnknownOption(unknown, command);
        }

        if (result.UnmatchedTokens.Count > 0)
        {
            return Unmatched(result.UnmatchedTokens[0], command);
        }

        // The parser drops value errors when --help was given; what is left here is a real error.
        foreach (var error in result.Errors)
        {
            return Describe(error, result, command);
        }

        return null;
    }

    private string Unmatched(string token, Command command)
    {
        if (LooksLikeOption(token))
        {
            return UnknownOption(token, command);
        }

        if (Children(command).Any())
        {
            return UnknownVerb(token, command);
        }

        return $"unexpected argument {OptionValues.Echo(token)}{For(command)} (see '{Help(command)}')";
    }

    private string UnknownVerb(string token, Command command) =>
        $"unknown verb {OptionValues.Echo(token)}{For(command)} (verbs: {string.Join(", ", Children(command).Select(c => c.Name))})";

    private string UnknownOption(string token, Command command) =>
        $"unknown option {OptionValues.Echo(token)}{For(command)} (see '{Help(command)}')";

    /// <summary>
    /// A positional that looks like an option and came before <c>--</c>: System.CommandLine gives an unknown
    /// <c>--bogus</c> to a verb's optional FILE; the contract calls it an unknown option.
    /// </summary>
    private static string? OptionLikePositional(ParseResult result, Command command)
    {
        var end = result.Tokens.Count;
        for (var i = 0; i < result.Tokens.Count; i++)
        {
            if (result.Tokens[i].Type == TokenType.DoubleDash)
            {
                end = i;
                break;
            }
        }

        foreach (var argument in command.Arguments)
        {
            foreach (var token in result.GetResult(argument)?.Tokens ?? [])
            {
                if (LooksLikeOption(token.Value) && IndexOf(result.Tokens, token) is var index && index >= 0 && index < end)
                {
                    return token.Value;
                }
            }
        }

        return null;
    }

    private string Describe(ParseError error, ParseResult result, Command command)
    {
        switch (error.SymbolResult)
        {
            case OptionResult option:
                return DescribeOption(option, error, command);
            case ArgumentResult { Parent: OptionResult option }:
                return DescribeOption(option, error, command);
            case ArgumentResult argument when argument.Tokens.Count == 0:
                return Missing(argument.Argument, command);
            default:
                foreach (var argument in command.Arguments)
                {
                    if ((result.GetResult(argument)?.Tokens.Count ?? 0) < argument.Arity.MinimumNumberOfValues)
                    {
                        return Missing(argument, command);
                    }
                }

                return OptionValues.OneLine(error.Message);
        }
    }

    private string DescribeOption(OptionResult option, ParseError error, Command command)
    {
        var name = option.Option.Name;
        if (option.IdentifierTokenCount == 0)
        {
            return $"option {name} is required{For(command)} (see '{Help(command)}')";
        }

        if (option.IdentifierTokenCount > 1 && option.Option.Arity.MaximumNumberOfValues <= 1)
        {
            return $"option {name} is given more than once";
        }

        if (option.Tokens.Count == 0 && option.Option.Arity.MinimumNumberOfValues > 0)
        {
            return $"option {name} needs a value ({option.Option.HelpName ?? "VALUE"})";
        }

        return OptionValues.OneLine(error.Message);
    }

    private string Missing(Argument argument, Command command) =>
        $"{(_paths[command].Length == 0 ? Program.Name : _paths[command])} needs a {argument.HelpName ?? argument.Name} (see '{Help(command)}')";

    private string For(Command command) => _paths[command].Length == 0 ? string.Empty : $" for '{_paths[command]}'";

    private string Help(Command command) => _paths[command].Length == 0 ? $"{Program.Name} --help" : $"{Program.Name} {_paths[command]} --help";

    private static IEnumerable<Command> Children(Command command) => command.Subcommands.Where(c => !c.Hidden);

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The command of a verb's name, creating the groups on its path (<c>oscal</c> for <c>oscal export</c>).</summary>
    private Command CommandFor(string name)
    {
        var command = (Command)_root;
        var path = string.Empty;
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            path = path.Length == 0 ? part : path + " " + part;
            var next = command.Subcommands.FirstOrDefault(c => c.Name == part);
            if (next is null)
            {
                next = new Command(part);
                Quiet(next);
                _paths[next] = path;
                command.Subcommands.Add(next);
            }

            command = next;
        }

        return command;
    }

    /// <summary>
    /// Adds the arguments and options of the verbs <paramref name="args"/> name (every verb for completion), so the
    /// parser knows them. A word naming a sub-command where one may stand declares it; a false match (a file named
    /// like a verb) only declares one more verb.
    /// </summary>
    private void DeclareFor(IReadOnlyList<string> args)
    {
        Declare(_root);
        if (args.Count > 0 && args[0].StartsWith("[suggest", StringComparison.Ordinal))
        {
            foreach (var command in _verbs.Keys)
            {
                Declare(command);
            }

            return;
        }

        var current = (Command)_root;
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                break;
            }

            if (current.Subcommands.FirstOrDefault(c => c.Name == arg) is { } next)
            {
                current = next;
                Declare(current);
            }
        }
    }

    /// <summary>Adds a verb's declared arguments and options to its command, once.</summary>
    private void Declare(Command command)
    {
        lock (_parseGate)
        {
            if (!_verbs.TryGetValue(command, out var verb) || !_declared.Add(command))
            {
                return;
            }

            foreach (var argument in verb.Arguments)
            {
                command.Arguments.Add(argument);
            }

            foreach (var option in verb.Options)
            {
                command.Options.Add(option);
            }
        }
    }

    /// <summary>
    /// Gives a command an action that does nothing, so the parser never reports "Required command was not provided"
    /// for a group: the host decides what runs, and a group without its sub-verb is the host's usage error.
    /// </summary>
    private static void Quiet(Command command) => command.SetAction(static _ => ExitCodes.Success);
}
