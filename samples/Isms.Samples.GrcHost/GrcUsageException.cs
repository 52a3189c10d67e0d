namespace Isms.Samples.GrcHost;

/// <summary>A bad command line: the host prints the message on one line and exits 2.</summary>
public sealed class GrcUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GrcUsageException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public GrcUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GrcUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
