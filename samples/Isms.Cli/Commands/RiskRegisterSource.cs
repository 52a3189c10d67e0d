using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core;
using NodaTime;

namespace Isms.Cli.Commands;

/// <summary>Where the verbs that work on an ISMS get it: an <c>isms</c> document FILE, else the sample organisation.</summary>
internal static class RiskRegisterSource
{
    /// <summary>The <c>[FILE]</c> argument of these verbs.</summary>
    public static Argument<string> File() =>
        CliArguments.File("FILE", "An isms document (default: the built-in sample organisation)");

    /// <summary>The ISMS to score and the day to score it: <c>--as-of</c> when the verb declares and was given it, else today (UTC).</summary>
    /// <exception cref="UsageException">FILE is unreadable, malformed or not an <c>isms</c> document (one line naming path and line).</exception>
    public static (InformationSecurityManagementSystem Isms, LocalDate Today) Load(ParsedArguments args, CliContext context, string verb)
    {
        var today = args.AsOf(context.Clock);
        if (args.Positionals.Count > 0)
        {
            return (DocumentInput.Load<InformationSecurityManagementSystem>(args.Positionals[0]), today);
        }

        return (SampleOrganisation.Create(today), today);
    }
}
