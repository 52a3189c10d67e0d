using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core;
using NodaTime;

namespace Isms.Cli.Commands;

/// <summary>Where the verbs that work on an ISMS get it: an <c>isms</c> document FILE, else the sample organisation.</summary>
internal static class RiskRegisterSource
{
    /// <summary>The ISMS to score and today's date.</summary>
    /// <exception cref="UsageException">FILE is unreadable, malformed or not an <c>isms</c> document (one line naming path and line).</exception>
    public static (InformationSecurityManagementSystem Isms, LocalDate Today) Load(ParsedArguments args, CliContext context, string verb)
    {
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        if (args.Positionals.Count > 0)
        {
            return (DocumentInput.Load<InformationSecurityManagementSystem>(args.Positionals[0]), today);
        }

        return (SampleOrganisation.Create(today), today);
    }
}
