using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core;
using NodaTime;

namespace Isms.Cli.Commands;

/// <summary>Where the risk verbs get their ISMS: the sample organisation, or a FILE once a loader exists.</summary>
internal static class RiskRegisterSource
{
    /// <summary>The ISMS to score and today's date.</summary>
    /// <exception cref="UsageException">A FILE was given: reading documents comes with Isms.Serialization.</exception>
    public static (InformationSecurityManagementSystem Isms, LocalDate Today) Load(ParsedArguments args, CliContext context, string verb)
    {
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"{verb}: cannot read '{args.Positionals[0]}': reading ISMS documents is not available in this build yet; run 'isms {verb}' without FILE for the sample organisation");
        }

        return (SampleOrganisation.Create(today), today);
    }
}
