namespace Isms.Cli.Hosting;

/// <summary>The exit codes of the <c>isms</c> host (DESIGN.md section 6).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and the input passed its checks.</summary>
    public const int Success = 0;

    /// <summary>The input was read but fails checks (e.g. blocking readiness findings).</summary>
    public const int ChecksFailed = 1;

    /// <summary>Bad usage (unknown verb or option, bad value) or unreadable input.</summary>
    public const int UsageOrUnreadable = 2;
}
