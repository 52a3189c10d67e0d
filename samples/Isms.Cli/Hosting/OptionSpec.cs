namespace Isms.Cli.Hosting;

/// <summary>An option a verb accepts: <c>--name</c> alone (a flag) or <c>--name VALUE</c>.</summary>
/// <param name="Name">The option name without the leading dashes.</param>
/// <param name="Description">One line shown by <c>--help</c>.</param>
/// <param name="ValueName">The placeholder of the value, or null for a flag.</param>
/// <param name="AllowedValues">The values accepted, or null for any.</param>
internal sealed record OptionSpec(string Name, string Description, string? ValueName = null, IReadOnlyList<string>? AllowedValues = null)
{
    /// <summary>True when the option takes no value.</summary>
    public bool IsFlag => ValueName is null;

    /// <summary>The standard <c>--format</c> option with the formats a verb supports (the first is the default).</summary>
    public static OptionSpec Format(params string[] formats) =>
        new("format", $"Output format: {string.Join(", ", formats)} (default {formats[0]})", "FORMAT", formats);
}
