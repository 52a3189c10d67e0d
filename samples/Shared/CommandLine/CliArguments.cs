using System.CommandLine;

namespace Isms.Samples.CommandLine;

/// <summary>
/// The positional arguments of both hosts. A verb lists them in <see cref="VerbDefinition.Arguments"/>, in order; its
/// body reads them as <see cref="ParsedArguments.Positionals"/>. A positional that starts with <c>-</c> is read as an
/// unknown option unless it follows <c>--</c> (<c>isms validate -- -odd-name.json</c>); <c>@name</c> is a file name,
/// never a response file.
/// </summary>
internal static class CliArguments
{
    /// <summary>A file (or folder) argument.</summary>
    /// <param name="helpName">The placeholder in usage and help, e.g. <c>FILE</c> or <c>FILE.csv|FILE.json</c>.</param>
    /// <param name="description">One line for <c>--help</c>.</param>
    /// <param name="required">Whether the verb needs it (<c>validate FILE</c>) or works without it (<c>readiness [FILE]</c>).</param>
    public static Argument<string> File(string helpName, string description, bool required = false) =>
        new(helpName)
        {
            Description = description,
            HelpName = helpName,
            Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
        };
}
