namespace Isms.Samples.CommandLine;

/// <summary>
/// Bad usage of the command line, or input that cannot be read: the host prints the message as one line on stderr,
/// prefixed by its name (<c>isms: </c>, <c>isms-grc: </c>), and exits 2.
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
}
