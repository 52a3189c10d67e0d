namespace Isms.Cli.Hosting;

/// <summary>One verb of the <c>isms</c> host. Each capability adds one (DESIGN.md section 6).</summary>
internal abstract class Verb
{
    /// <summary>The verb as typed on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>One line describing what the verb does.</summary>
    public abstract string Summary { get; }

    /// <summary>The usage line after <c>isms</c>, e.g. <c>catalog [--edition 2022|2013]</c>.</summary>
    public abstract string Usage { get; }

    /// <summary>Where <c>--help</c> lists the verb (lower first); ties are listed by name.</summary>
    public virtual int Order => 100;

    /// <summary>The options the verb accepts.</summary>
    public virtual IReadOnlyList<OptionSpec> Options => [];

    /// <summary>How many positional arguments the verb accepts.</summary>
    public virtual int MaxPositionals => 0;

    /// <summary>Runs the verb and returns its exit code.</summary>
    public abstract int Run(ParsedArguments args, CliContext context);
}
