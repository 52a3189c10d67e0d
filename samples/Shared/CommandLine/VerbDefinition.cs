using System.CommandLine;

namespace Isms.Samples.CommandLine;

/// <summary>
/// What a verb declares to the command line: its name, one line of help, its positional arguments and options. A host
/// derives its own verb type from this (adding how the verb runs) and gives the list to a
/// <see cref="CommandLineHost{TVerb}"/>, which builds the System.CommandLine command tree, help and completion from it.
/// </summary>
/// <remarks>
/// <para>A sub-verb is named with a space: a verb named <c>oscal export</c> is run as <c>isms oscal export</c>, and the
/// group <c>oscal</c> exists as soon as one of its sub-verbs does (<c>isms oscal --help</c> lists them).</para>
/// <para>Construction must be cheap: every verb is created at start-up, whichever runs. The arguments and options are
/// declared in <see cref="DeclareArguments"/> and <see cref="DeclareOptions"/>, called once, only when the verb is
/// used (run, its help, completion); so a declaration may use what is costly to load (a list of document kinds read
/// from a serializer, a catalog's themes) without slowing every other verb. Thread-safe: the declarations are made
/// once and published atomically.</para>
/// </remarks>
internal abstract class VerbDefinition
{
    private IReadOnlyList<Argument>? _arguments;
    private IReadOnlyList<Option>? _options;

    /// <summary>The verb as typed on the command line (<c>simulate</c>, or <c>oscal export</c> for a sub-verb).</summary>
    public abstract string Name { get; }

    /// <summary>One line describing what the verb does.</summary>
    public abstract string Summary { get; }

    /// <summary>Where <c>--help</c> lists the verb (lower first); ties are listed by name.</summary>
    public virtual int Order => 100;

    /// <summary>The positional arguments, in order: <see cref="DeclareArguments"/>, made once.</summary>
    public IReadOnlyList<Argument> Arguments => LazyInitializer.EnsureInitialized(ref _arguments, DeclareArguments);

    /// <summary>The options, in the order usage and help list them: <see cref="DeclareOptions"/>, made once.</summary>
    public IReadOnlyList<Option> Options => LazyInitializer.EnsureInitialized(ref _options, DeclareOptions);

    /// <summary>
    /// The usage line after the program's name, e.g. <c>catalog [--edition 2022|2013] [--format table|tsv|json]</c>:
    /// generated from <see cref="Arguments"/> and <see cref="Options"/>; override only for a special case.
    /// </summary>
    public virtual string Usage => CommandLineHelp.Usage(Name, Arguments, Options);

    /// <summary>Declares the positional arguments (<see cref="CliArguments"/>), in order; none by default.</summary>
    protected virtual IReadOnlyList<Argument> DeclareArguments() => [];

    /// <summary>Declares the options (<see cref="CliOptions"/>); none by default.</summary>
    protected virtual IReadOnlyList<Option> DeclareOptions() => [];
}
