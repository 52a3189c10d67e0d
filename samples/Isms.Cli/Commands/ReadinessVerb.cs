using Isms.Cli.Hosting;
using Isms.Core;
using Isms.Core.Readiness;
using Isms.Evidence;
using Isms.Risk.Scoring;
using Isms.Serialization.Contracts;
using NodaTime;

namespace Isms.Cli.Commands;

/// <summary><c>isms readiness</c>: the Stage 1 readiness analysis of the sample organisation, findings grouped by clause.</summary>
internal sealed class ReadinessVerb : Verb
{
    public override string Name => "readiness";

    public override int Order => 20;

    public override string Summary => "Stage 1 readiness of the sample organisation: findings by clause (exit 1 if blocking)";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() => [CliOptions.Format("table", "json"), CliOptions.AsOf()];

    /// <summary>The analysis every verb of this host runs: Isms.Core's built-in rules, Isms.Risk's risk rules (the same
    /// findings <c>isms risks</c> lists) and Isms.Evidence's rules (the coverage <c>isms evidence</c> shows), as
    /// <c>AddIsms</c> registers it.</summary>
    internal static ReadinessAnalyzer Analyzer { get; } = EvidenceRules.Create().Aggregate(ReadinessAnalyzer.Default.WithRule(new RiskEvaluationRule()), (analyzer, rule) => analyzer.WithRule(rule));

    public override int Run(ParsedArguments args, CliContext context)
    {
        var format = args.Get("format", "table");
        var (isms, today) = RiskRegisterSource.Load(args, context, "readiness");
        var report = Analyzer.Analyze(isms, today);
        if (format == "json")
        {
            WriteJson(isms, report, RegisterScorer.Score(isms, today), context.Out);
        }
        else
        {
            WriteTable(isms, report, context.Out, maxPerSection: int.MaxValue);
        }

        return report.HasBlocking ? ExitCodes.ChecksFailed : ExitCodes.Success;
    }

    /// <summary>Writes the summary per section and the findings grouped by section, wrapped to 80 columns.</summary>
    internal static void WriteTable(InformationSecurityManagementSystem isms, ReadinessReport report, TextWriter output, int maxPerSection)
    {
        output.WriteLine($"Readiness of {isms.Profile.LegalName} on {Date(report.AsOf)}: {StatusText(report.Status)}");
        output.WriteLine($"{report.Count(ReadinessSeverity.Blocking)} blocking, {report.Count(ReadinessSeverity.Major)} major, "
            + $"{report.Count(ReadinessSeverity.Minor)} minor, {report.Count(ReadinessSeverity.Info)} info");
        output.WriteLine();
        output.WriteLine($"  {"Section",-30} {"Status",-10} {"Block",5} {"Major",5} {"Minor",5} {"Info",5}");
        foreach (var s in report.Sections)
        {
            output.WriteLine($"  {s.Title,-30} {StatusText(s.Status),-10} {s.Blocking,5} {s.Major,5} {s.Minor,5} {s.Info,5}");
        }

        foreach (var section in report.Sections.Where(s => s.Blocking + s.Major + s.Minor + s.Info > 0))
        {
            output.WriteLine();
            output.WriteLine(section.Title);
            var findings = report.In(section.Section).ToList();
            foreach (var finding in findings.Take(maxPerSection))
            {
                var head = $"  {Label(finding.Severity),-8} {finding.Code,-13} {finding.Reference,-9} ";
                Wrap(output, head, finding.Message, 80);
            }

            if (findings.Count > maxPerSection)
            {
                output.WriteLine($"  ... and {findings.Count - maxPerSection} more (isms readiness)");
            }
        }
    }

    /// <summary>Writes the report, then the risk register's levels the risk findings rest on (the levels <c>isms risks</c>
    /// shows): the <see cref="ReadinessReportContract"/> a web host returns, indented.</summary>
    internal static void WriteJson(InformationSecurityManagementSystem isms, ReadinessReport report, ScoredRegister risks, TextWriter output) =>
        CliJson.Write(ReadinessReportContract.From(isms, report, risks), output);

    internal static string StatusText(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Ready => "READY",
        ReadinessStatus.Gaps => "GAPS",
        _ => "NOT READY",
    };

    internal static string Label(ReadinessSeverity severity) => severity switch
    {
        ReadinessSeverity.Blocking => "BLOCKING",
        ReadinessSeverity.Major => "MAJOR",
        ReadinessSeverity.Minor => "minor",
        _ => "info",
    };

    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="head"/> then <paramref name="text"/> word-wrapped, continuation lines indented under the text.</summary>
    internal static void Wrap(TextWriter output, string head, string text, int width)
    {
        var indent = new string(' ', Math.Min(head.Length, width / 2));
        var line = new System.Text.StringBuilder(head);
        var lineStart = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!lineStart && line.Length + 1 + word.Length > width)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear().Append(indent);
                lineStart = true;
            }

            if (!lineStart)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineStart = false;
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}
