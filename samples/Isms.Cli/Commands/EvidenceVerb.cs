using System.Globalization;
using Isms.Certification.Lifecycle;
using Isms.Cli.Hosting;
using Isms.Core;
using Isms.Evidence;
using Isms.Serialization;
using Isms.Serialization.Contracts;
using NodaTime;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms evidence [FILE] [--as-of DATE] [--record CERTIFICATION.json] [--format table|json|csv|ics]</c>: the evidence
/// coverage of an ISMS per Annex A theme and per control (Isms.Evidence's <see cref="EvidenceCoverage"/>, the same
/// computation the RDY-EVD readiness findings rest on); with a certification record, "expiring" means expiring before the
/// certification body's next audit. <c>ics</c> writes the calendar of upcoming control tests, measurements, evidence
/// expiries and the audit. Exit 1 when an applicable control's evidence is missing or expiring (the input fails the
/// check), 0 otherwise and for the calendar.
/// </summary>
internal sealed class EvidenceVerb : Verb
{
    public override string Name => "evidence";

    public override int Order => 27;

    public override string Summary => "Evidence coverage per Annex A theme and control, against the next audit (exit 1 if missing or expiring)";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Format("table", "json", "csv", "ics"),
        CliOptions.AsOf(),
        CliOptions.Path("--record", "CERTIFICATION.json", "A certification-record document: evidence must stay valid until its next Stage 2, surveillance or recertification audit"),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var (isms, today) = RiskRegisterSource.Load(args, context, Name);
        var options = EvidenceOptionsFor(args.Get("record"), today, context);
        if (args.Get("format") == "ics")
        {
            context.Out.Write(EvidenceCalendar.ToICalendar(isms, today, options: options));
            return ExitCodes.Success;
        }

        var coverage = EvidenceCoverage.Of(isms, today, options);
        switch (args.Get("format", "table"))
        {
            case "json":
                CliJson.Write(EvidenceCoverageContract.From(isms, coverage), context.Out);
                break;
            case "csv":
                context.Out.WriteLine("id,theme,status,current_until,evidence,current_evidence");
                foreach (var c in coverage.Controls)
                {
                    context.Out.WriteLine(string.Join(',', c.Control.Value, c.Theme, EvidenceCoverageContract.StatusName(c.Status), c.CurrentUntil is { } u ? Date(u) : "", string.Join(' ', c.Evidence), string.Join(' ', c.Current)));
                }

                break;
            default:
                WriteTable(isms, coverage, context.Out, controls: true);
                break;
        }

        return coverage.Controls.Any(c => c.Status is EvidenceStatus.Missing or EvidenceStatus.Expiring) ? ExitCodes.ChecksFailed : ExitCodes.Success;
    }

    /// <summary>The evidence options for <paramref name="today"/>: with a certification record, its next audit (computed by
    /// the lifecycle under the policy the record stores).</summary>
    /// <exception cref="UsageException">The record file is unreadable or not a certification record.</exception>
    internal static EvidenceOptions EvidenceOptionsFor(string? recordPath, LocalDate today, CliContext context)
    {
        if (recordPath is null)
        {
            return EvidenceOptions.Default;
        }

        return EvidenceOptionsFor(DocumentInput.LoadAs<CertificationRecordDocument>(recordPath), today, context.Clock);
    }

    /// <summary>The evidence options for <paramref name="today"/> with the next audit of <paramref name="document"/>
    /// (computed by the lifecycle under the policy the document stores).</summary>
    internal static EvidenceOptions EvidenceOptionsFor(CertificationRecordDocument document, LocalDate today, IClock clock)
    {
        var lifecycle = new CertificationLifecycle(clock, document.Policy);
        return new EvidenceOptions { NextAudit = AuditCalendar.NextAudit(lifecycle, document.Record, today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()) };
    }

    /// <summary>Writes the summary per theme and, when <paramref name="controls"/>, one line per control; 80 columns.</summary>
    internal static void WriteTable(InformationSecurityManagementSystem isms, EvidenceCoverage coverage, TextWriter output, bool controls)
    {
        output.WriteLine($"Evidence coverage of {isms.Profile.LegalName} on {Date(coverage.AsOf)}");
        output.WriteLine(coverage.NextAudit is { } audit
            ? $"Next audit: {audit.Description}"
            : "No certification record given: expiring means within 30 days (--record FILE).");
        output.WriteLine();
        output.WriteLine($"  {"Theme",-16} {"Current",8} {"Expiring",9} {"Missing",8} {"N/A",5}");
        foreach (var t in coverage.Themes)
        {
            output.WriteLine($"  {t.Theme,-16} {t.Current,8} {t.Expiring,9} {t.Missing,8} {t.NotApplicable,5}");
        }

        output.WriteLine($"  {"Total",-16} {coverage.Themes.Sum(t => t.Current),8} {coverage.Themes.Sum(t => t.Expiring),9} {coverage.Themes.Sum(t => t.Missing),8} {coverage.Themes.Sum(t => t.NotApplicable),5}");
        var unaccepted = isms.Evidence.Where(e => e.CollectedBy.IsAutomated && !e.IsAccepted).ToList();
        if (unaccepted.Count > 0)
        {
            output.WriteLine();
            ReadinessVerb.Wrap(output, "  ", $"Proposed by collectors, not yet accepted (count for nothing): {string.Join(", ", unaccepted.Select(e => $"{e.Id} ({e.CollectedBy})"))}", 80);
        }

        if (!controls)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"  {"Control",-8} {"Status",-14} {"Valid until",-11} Evidence (* = current)");
        foreach (var c in coverage.Controls)
        {
            var evidence = string.Join(" ", c.Evidence.Select(id => c.Current.Contains(id) ? id + "*" : id.Value));
            var line = $"  {c.Control.Value,-8} {EvidenceCoverageContract.StatusName(c.Status),-14} {(c.CurrentUntil is { } u ? Date(u) : ""),-11} {evidence}".TrimEnd();
            output.WriteLine(line.Length <= 80 ? line : line[..79] + "~");
        }
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
