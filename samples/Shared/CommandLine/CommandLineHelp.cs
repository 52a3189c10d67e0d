using System.CommandLine;
using System.Text;

namespace Isms.Samples.CommandLine;

/// <summary>
/// The hosts' help, written from the verbs' declarations in plain text within 80 columns (no colour, no terminal
/// probing): the general help, a group's sub-verbs, and a verb's usage, arguments and options. Stateless; thread-safe.
/// </summary>
internal static class CommandLineHelp
{
    private const int Width = 80;

    /// <summary>A usage line: the name, then each argument (<c>[FILE]</c> when optional), then each option (<c>[--format table|json]</c>).</summary>
    public static string Usage(string name, IReadOnlyList<Argument> arguments, IReadOnlyList<Option> options)
    {
        var parts = new List<string>();
        if (name.Length > 0)
        {
            parts.Add(name);
        }

        foreach (var argument in arguments)
        {
            var text = argument.HelpName ?? argument.Name;
            parts.Add(argument.Arity.MinimumNumberOfValues > 0 ? text : $"[{text}]");
        }

        foreach (var option in options)
        {
            var text = Left(option);
            parts.Add(option.Required ? text : $"[{text}]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>The general help of <paramref name="program"/>.</summary>
    public static void WriteGeneral<TVerb>(TextWriter output, CommandLineProgram program, TVerb? defaultVerb, IReadOnlyList<TVerb> verbs)
        where TVerb : VerbDefinition
    {
        output.WriteLine(program.Title);
        output.WriteLine();
        var usage = program.UsageLines.Count > 0 ? program.UsageLines : GeneratedUsage(program, defaultVerb, verbs);
        for (var i = 0; i < usage.Count; i++)
        {
            output.WriteLine((i == 0 ? "Usage: " : "       ") + usage[i]);
        }

        if (defaultVerb is not null)
        {
            WriteSymbols(output, defaultVerb);
        }

        WriteVerbList(output, "Verbs:", verbs, prefix: string.Empty);
        if (program.Footer.Count > 0)
        {
            output.WriteLine();
            foreach (var line in program.Footer)
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>The help of a verb: its usage, summary, arguments, options, and its sub-verbs if it has any.</summary>
    public static void WriteVerb<TVerb>(TextWriter output, CommandLineProgram program, TVerb verb, IReadOnlyList<TVerb> subVerbs)
        where TVerb : VerbDefinition
    {
        output.WriteLine($"Usage: {program.Name} {verb.Usage}");
        output.WriteLine();
        Wrap(output, string.Empty, verb.Summary);
        WriteSymbols(output, verb);
        WriteVerbList(output, "Verbs:", subVerbs, prefix: verb.Name + " ");
    }

    /// <summary>The help of a group of sub-verbs (<c>isms oscal --help</c>).</summary>
    public static void WriteGroup<TVerb>(TextWriter output, CommandLineProgram program, string group, IReadOnlyList<TVerb> verbs)
        where TVerb : VerbDefinition
    {
        output.WriteLine($"Usage: {program.Name} {group} VERB [ARGS]");
        WriteVerbList(output, "Verbs:", verbs, prefix: group + " ");
        output.WriteLine();
        output.WriteLine($"Run '{program.Name} {group} VERB --help' for a verb's options.");
    }

    private static List<string> GeneratedUsage<TVerb>(CommandLineProgram program, TVerb? defaultVerb, IReadOnlyList<TVerb> verbs)
        where TVerb : VerbDefinition
    {
        var lines = new List<string>();
        if (defaultVerb is not null)
        {
            lines.Add($"{program.Name} {Usage(string.Empty, defaultVerb.Arguments, defaultVerb.Options)}".TrimEnd());
        }

        if (verbs.Count > 0)
        {
            lines.Add($"{program.Name} VERB [ARGS]");
        }

        return lines;
    }

    private static void WriteSymbols(TextWriter output, VerbDefinition verb)
    {
        if (verb.Arguments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Arguments:");
            foreach (var argument in verb.Arguments)
            {
                Wrap(output, $"  {argument.HelpName ?? argument.Name,-28} ", argument.Description ?? string.Empty);
            }
        }

        if (verb.Options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Options:");
            foreach (var option in verb.Options)
            {
                Wrap(output, $"  {Left(option),-28} ", option.Description ?? string.Empty);
            }
        }
    }

    private static void WriteVerbList<TVerb>(TextWriter output, string heading, IReadOnlyList<TVerb> verbs, string prefix)
        where TVerb : VerbDefinition
    {
        if (verbs.Count == 0)
        {
            return;
        }

        var names = verbs.Select(v => v.Name.StartsWith(prefix, StringComparison.Ordinal) ? v.Name[prefix.Length..] : v.Name).ToList();
        var width = Math.Max(15, names.Max(n => n.Length) + 1);
        output.WriteLine();
        output.WriteLine(heading);
        for (var i = 0; i < verbs.Count; i++)
        {
            Wrap(output, "  " + names[i].PadRight(width) + " ", verbs[i].Summary);
        }
    }

    /// <summary>An option as usage and help show it: <c>--force</c>, <c>--out PATH</c>, <c>--format table|json</c>.</summary>
    private static string Left(Option option) =>
        option.Arity.MaximumNumberOfValues == 0 ? option.Name : $"{option.Name} {option.HelpName ?? "VALUE"}";

    /// <summary>Writes <paramref name="text"/> after <paramref name="head"/>, wrapped at 80 columns under itself.</summary>
    private static void Wrap(TextWriter output, string head, string text)
    {
        var indent = head.Length < Width / 2 ? head.Length : 4;
        var line = new StringBuilder(head);
        var empty = true;
        if (head.Length > Width / 2)
        {
            // A long head (a wide option) keeps its own line; the text goes below it.
            output.WriteLine(head.TrimEnd());
            line.Clear().Append(' ', indent);
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear().Append(' ', indent);
                empty = true;
            }

            line.Append(empty ? string.Empty : " ").Append(word);
            empty = false;
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}
