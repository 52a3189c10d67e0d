namespace Isms.Samples.CommandLine;

/// <summary>
/// Bad usage of the command line, or input that cannot be read: the host prints the message as one line on stderr,
/// prefixed by its name (<c>isms: </c>, <c>isms-grc: </c>), and exits 2. Input with several errors (a document whose
/// model breaks several rules) prints each of <see cref="Lines"/> as its own line.
/// </summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with the line to print.</summary>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the line to print and its cause.</summary>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with several lines to print (one per error), and its cause.</summary>
    public UsageException(IReadOnlyList<string> lines, Exception innerException)
        : base(string.Join(" ", lines), innerException)
    {
        _lines = lines;
    }

    private readonly IReadOnlyList<string>? _lines;

    /// <summary>The lines to print, one per error; the message alone when none were given.</summary>
    public IReadOnlyList<string> Lines => _lines ?? [Message];
}
