namespace Isms.Cli.Hosting;

/// <summary>Bad usage of the command line: reported as one line on stderr, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
