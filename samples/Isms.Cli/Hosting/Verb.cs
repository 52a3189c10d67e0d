namespace Isms.Cli.Hosting;

/// <summary>
/// One verb of the <c>isms</c> host: one file under <c>Commands/</c> declares its name, summary, arguments
/// (<see cref="CliArguments"/>) and options (<see cref="CliOptions"/>), and its body in <see cref="Run"/>; add it to
/// <see cref="IsmsApp.Verbs"/>. A sub-verb is named with a space (<c>oscal export</c>).
/// </summary>
internal abstract class Verb : VerbDefinition
{
    /// <summary>Runs the verb on a command line System.CommandLine has parsed and checked; returns the exit code.</summary>
    /// <exception cref="UsageException">Bad usage the declarations cannot express, or unreadable input: one line, exit 2.</exception>
    public abstract int Run(ParsedArguments args, CliContext context);
}
