namespace Isms.Samples.GrcHost.Hosting;

/// <summary>
/// One verb of the <c>isms-grc</c> host: one file under <c>Commands/</c> declares its name, summary, arguments and
/// options (<see cref="CliOptions"/>: the same <c>--as-of</c>, <c>--seed</c>, <c>--force</c> as <c>isms</c>) and its body;
/// add it to <see cref="GrcApp"/>'s list.
/// </summary>
internal abstract class GrcVerb : VerbDefinition
{
    /// <summary>Runs the verb on a parsed and checked command line; returns the exit code.</summary>
    /// <exception cref="UsageException">Bad usage or unreadable input: one line, exit 2.</exception>
    public abstract int Run(ParsedArguments args, GrcContext context);
}
