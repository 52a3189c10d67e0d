using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;

namespace Isms.Samples.CommandLine;

/// <summary>
/// The options of both hosts, made one way: one name per idea (<c>--as-of</c> for the day evaluated, <c>--format</c>,
/// <c>--out</c>, <c>--seed</c>, <c>--force</c>), values read by <see cref="OptionValues"/>, and a one-line error naming
/// the option and the value for anything they refuse. A verb lists what these return in its
/// <see cref="VerbDefinition.Options"/>; its body reads them through <see cref="ParsedArguments"/>.
/// </summary>
/// <remarks>
/// Each call returns a new option (System.CommandLine options belong to the commands they are added to); a verb keeps
/// its options in static or instance fields and the host builds its command tree once. Names are written as typed:
/// <c>"--theme"</c>. Value options take exactly one value; giving one twice is an error.
/// </remarks>
internal static class CliOptions
{
    /// <summary>The standard <c>--format</c> option: the formats a verb writes, the first the default.</summary>
    public static Option<string> Format(params string[] formats) =>
        Choice("--format", $"Output format (default {formats[0]})", formats);

    /// <summary>An option taking one of <paramref name="values"/>, matched without regard to case, read as written in <paramref name="values"/>.</summary>
    /// <param name="name">The option as typed, e.g. <c>--edition</c>.</param>
    /// <param name="description">One line for <c>--help</c>.</param>
    /// <param name="values">The accepted values (offered by shell completion).</param>
    /// <param name="helpName">The value's placeholder in usage and help; null lists the values (<c>2022|2013</c>).</param>
    public static Option<string> Choice(string name, string description, IReadOnlyList<string> values, string? helpName = null)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = helpName ?? string.Join('|', values),
            CustomParser = result => Single(result) is { } text
                ? values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) ?? Refuse<string>(result, name, text, $"one of {string.Join(", ", values)}")
                : null,
        };
        option.CompletionSources.Add([.. values]);
        return option;
    }

    /// <summary>A flag: present or not, takes no value.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option taking any text (a name, a list, a theme).</summary>
    public static Option<string> Text(string name, string helpName, string description, bool required = false) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            Required = required,
            CustomParser = result => Single(result),
        };

    /// <summary>An option naming a file or folder; an empty path is refused.</summary>
    public static Option<string> Path(string name, string helpName, string description, bool required = false) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            Required = required,
            CustomParser = result => Single(result) is { } text
                ? text.Length > 0 ? text : Refuse<string>(result, name, text, "a path")
                : null,
        };

    /// <summary>A whole number within <paramref name="min"/>..<paramref name="max"/>; null when not given.</summary>
    public static Option<int?> WholeNumber(string name, string helpName, string description, int min, int max = int.MaxValue, bool required = false) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            Required = required,
            CustomParser = result => Single(result) is { } text
                ? OptionValues.TryParseWholeNumber(text, min, max, out var value) ? value : Refuse<int?>(result, name, text, OptionValues.WholeNumberExpected(min, max))
                : null,
        };

    /// <summary>
    /// <c>--as-of YYYY-MM-DD</c>: the day a verb evaluates (deadlines, expiries, readiness); without it, today in UTC
    /// (<see cref="ParsedArguments.AsOf"/>).
    /// </summary>
    public static Option<LocalDate?> AsOf(string description = "Evaluate as of this day (default: today, UTC)") =>
        new("--as-of")
        {
            Description = description,
            HelpName = OptionValues.DateSyntax,
            CustomParser = result => Single(result) is { } text
                ? OptionValues.TryParseDate(text, out var date) ? date : Refuse<LocalDate?>(result, "--as-of", text, OptionValues.DateExpected)
                : null,
        };

    /// <summary><c>--seed S</c>: a seed from 0 to 2^64-1 for a reproducible run; null when not given.</summary>
    public static Option<ulong?> Seed(string description = "Seed for a reproducible run, 0 to 18446744073709551615 (default: a fresh one, printed)") =>
        new("--seed")
        {
            Description = description,
            HelpName = "S",
            CustomParser = result => Single(result) is { } text
                ? OptionValues.TryParseSeed(text, out var seed) ? seed : Refuse<ulong?>(result, "--seed", text, OptionValues.SeedExpected)
                : null,
        };

    /// <summary><c>--out PATH</c>: where a verb writes its report or file.</summary>
    public static Option<string> Out(string description = "Write the report to PATH instead of stdout (required for xlsx and svg)", bool required = false) =>
        Path("--out", "PATH", description, required);

    /// <summary><c>--force</c>: overwrite (or replace) what exists.</summary>
    public static Option<bool> Force(string description) => Flag("--force", description);

    /// <summary>The one value of <paramref name="result"/>, or null when there is none (the parser reports a missing value itself).</summary>
    private static string? Single(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[0].Value;

    /// <summary>Records the one-line error for a value the option does not accept.</summary>
    private static T? Refuse<T>(ArgumentResult result, string name, string text, string expected)
    {
        result.AddError(OptionValues.Invalid(name, text, expected));
        return default;
    }
}
