using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;

namespace Isms.Samples.CommandLine;

/// <summary>
/// A verb's view of its command line after System.CommandLine parsed and checked it: positionals, options by name
/// (<c>args.Get("format", "table")</c>, <c>args.Has("force")</c>) or typed (<c>args.GetValue(Seed)</c>). Every value
/// here was already accepted by its option's parser; a verb only checks what depends on other values.
/// </summary>
/// <remarks>Immutable once created; a verb reads it from its own thread.</remarks>
internal sealed class ParsedArguments
{
    private readonly ParseResult _result;
    private readonly VerbDefinition _verb;

    /// <summary>Creates the view of <paramref name="result"/> for <paramref name="verb"/>.</summary>
    internal ParsedArguments(ParseResult result, VerbDefinition verb)
    {
        _result = result;
        _verb = verb;
        var positionals = new List<string>();
        foreach (var argument in verb.Arguments)
        {
            if (result.GetResult(argument) is { } argumentResult)
            {
                positionals.AddRange(argumentResult.Tokens.Select(t => t.Value));
            }
        }

        Positionals = positionals;
    }

    /// <summary>The positional arguments given, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>The parse result itself, for what this view does not cover.</summary>
    public ParseResult ParseResult => _result;

    /// <summary>Whether the verb declares the option <paramref name="name"/> (<c>as-of</c> or <c>--as-of</c>).</summary>
    public bool Declares(string name) => Find(name) is not null;

    /// <summary>True when the option was given on the command line.</summary>
    /// <exception cref="InvalidOperationException">The verb declares no such option (a programming error).</exception>
    public bool Has(string name) => _result.GetResult(Require(name)) is { IdentifierTokenCount: > 0 };

    /// <summary>
    /// The value of an option as text (a choice as its declared spelling), or <paramref name="fallback"/> when it was
    /// not given.
    /// </summary>
    /// <exception cref="InvalidOperationException">The verb declares no such option.</exception>
    public string? Get(string name, string? fallback = null)
    {
        var option = Require(name);
        if (_result.GetResult(option) is not { IdentifierTokenCount: > 0 } given)
        {
            return fallback;
        }

        return option is Option<string> text ? _result.GetValue(text) ?? fallback
            : given.Tokens.Count > 0 ? given.Tokens[0].Value
            : fallback;
    }

    /// <summary>The value of a whole-number option (<see cref="CliOptions.WholeNumber"/>), or <paramref name="fallback"/>.</summary>
    /// <exception cref="InvalidOperationException">The verb declares no such option, or it is not a whole-number option.</exception>
    public int GetInt(string name, int fallback) => Require(name) switch
    {
        Option<int?> number => _result.GetValue(number) ?? fallback,
        var other => throw new InvalidOperationException($"option {other.Name} is not a whole-number option"),
    };

    /// <summary>The typed value of <paramref name="option"/> (its default when it was not given: null for the optional values of <see cref="CliOptions"/>).</summary>
    public T? GetValue<T>(Option<T> option) => _result.GetValue(option);

    /// <summary>
    /// The day to evaluate: <c>--as-of</c> when the verb declares it and it was given, else today in UTC by
    /// <paramref name="clock"/>.
    /// </summary>
    public LocalDate AsOf(IClock clock) =>
        Find("--as-of") is Option<LocalDate?> asOf && _result.GetValue(asOf) is { } date
            ? date
            : clock.GetCurrentInstant().InUtc().Date;

    private Option? Find(string name)
    {
        var dashed = name.StartsWith('-') ? name : "--" + name;
        return _verb.Options.FirstOrDefault(o => o.Name == dashed || o.Aliases.Contains(dashed));
    }

    private Option Require(string name) =>
        Find(name) ?? throw new InvalidOperationException($"'{_verb.Name}' declares no option {name}");
}
