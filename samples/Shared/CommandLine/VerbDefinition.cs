using System.CommandLine;

namespace Isms.Samples.CommandLine;

/// <summary>
/// What a verb declares to the command line: its name, one line of help, its positional arguments and options. A host
/// derives its own verb type from this (adding how the verb runs) and gives the list to a
/// <see cref="CommandLineHost{TVerb}"/>, which builds the System.CommandLine command tree, help and completion from it.
/// </summary>
/// <remarks>
/// A sub-verb is named with a space: a verb named <c>oscal export</c> is run as <c>isms oscal export</c>, and the group
/// <c>oscal</c> exists as soon as one of its sub-verbs does (<c>isms oscal --help</c> lists them). Instances are
/// created once per process and read by one thread at a time while the tree is built; keep them free of mutable state.
/// </remarks>
internal abstract class VerbDefinition
{
    /// <summary>The verb as typed on the command line (<c>simulate</c>, or <c>oscal export</c> for a sub-verb).</summary>
    public abstract string Name { get; }

    /// <summary>One line describing what the verb does.</summary>
    public abstract string Summary { get; }

    /// <summary>Where <c>--help</c> lists the verb (lower first); ties are listed by name.</summary>
    public virtual int Order => 100;

    /// <summary>The positional arguments, in order (<see cref="CliArguments"/>).</summary>
    public virtual IReadOnlyList<Argument> Arguments => [];

    /// <summary>The options (<see cref="CliOptions"/>), in the order usage and help list them.</summary>
    public virtual IReadOnlyList<Option> Options => [];

    /// <summary>
    /// The usage line after the program's name, e.g. <c>catalog [--edition 2022|2013] [--format table|tsv|json]</c>:
    /// generated from <see cref="Arguments"/> and <see cref="Options"/>; override only for a special case.
    /// </summary>
    public virtual string Usage => CommandLineHelp.Usage(Name, Arguments, Options);
}
