namespace Isms.Samples.CommandLine;

/// <summary>The exit codes of both hosts (the contract in docs/decisions/0005-hosts-on-system-commandline.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and the input passed its checks.</summary>
    public const int Success = 0;

    /// <summary>The input was read but fails checks (e.g. blocking readiness findings).</summary>
    public const int ChecksFailed = 1;

    /// <summary>Bad usage (unknown verb or option, bad value) or unreadable input.</summary>
    public const int UsageOrUnreadable = 2;
}
