using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core.Monitoring;
using Isms.Core.Readiness;
using Isms.Evidence;
using Isms.Serialization.Contracts;

namespace Isms.Cli.Commands;

/// <summary>
/// Demo: the sample organisation's evidence coverage against its certification body's next audit (the sample
/// certification record as it stands today), the controls whose evidence does not carry them to that audit and why,
/// and the evidence findings a Stage 1 auditor would raise. The same computation as <c>isms evidence --record</c> and
/// the RDY-EVD and RDY-CHG rules of <c>isms readiness</c>.
/// </summary>
internal sealed class EvidenceDemoStep : DemoStep
{
    /// <summary>What each rule's findings are about, in a few words for the one-line summary.</summary>
    private static readonly Dictionary<string, string> RuleLabels = new(StringComparer.Ordinal)
    {
        [EvidenceReadinessCodes.ControlWithoutCurrentEvidence] = "applicable controls without accepted, current evidence",
        [EvidenceReadinessCodes.EvidenceExpiresBeforeAudit] = "evidence running out before the audit",
        [EvidenceReadinessCodes.EvidenceGap] = "controls with days no evidence covers",
        [EvidenceReadinessCodes.ControlTestOverdue] = "control tests overdue",
        [EvidenceReadinessCodes.ObjectiveNotMeasured] = "objectives not measured when due",
        [EvidenceReadinessCodes.AutomatedEvidenceNotAccepted] = "collector evidence nobody accepted",
        [EvidenceReadinessCodes.ScheduleNotEvaluable] = "schedules that cannot be expanded",
        [EvidenceReadinessCodes.ChangeNotPlanned] = "changes under way without a plan",
    };

    public override int Order => 70;

    public override string Title => "Evidence against the audit calendar (7.5, 9.1, Annex A)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var isms = SampleOrganisation.Create(today);
        var options = EvidenceVerb.EvidenceOptionsFor(CertificationVerb.SampleRecord(today), today, context.Clock);
        var coverage = EvidenceCoverage.Of(isms, today, options);
        EvidenceVerb.WriteTable(isms, coverage, output, controls: false);

        output.WriteLine();
        output.WriteLine("  Evidence that does not carry its control to the audit:");
        foreach (var control in coverage.Controls.Where(c => c.Evidence.Length > 0 && c.Status is EvidenceStatus.Missing or EvidenceStatus.Expiring))
        {
            var why = control.Status == EvidenceStatus.Expiring
                ? $"valid until {ReadinessVerb.Date(control.CurrentUntil!.Value)} only ({string.Join(", ", control.Current)})"
                : string.Join("; ", control.Evidence.Select(id => Why(isms.Evidence.TryGet(id, out var item) ? item : null, id.Value, today)));
            ReadinessVerb.Wrap(output, $"    {control.Control.Value,-6} {EvidenceCoverageContract.StatusName(control.Status),-9} ", why, 80);
        }

        var report = new ReadinessAnalyzer(EvidenceRules.Create(options)).Analyze(isms, today);
        output.WriteLine();
        output.WriteLine("  What a Stage 1 auditor would raise (isms readiness lists each finding):");
        foreach (var group in report.Findings.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var subjects = group.Select(f => f.Entities.IsDefaultOrEmpty ? f.Reference : f.Entities[0].Id).Distinct(StringComparer.Ordinal).ToList();
            var listed = subjects.Count <= 6 ? string.Join(", ", subjects) : $"{string.Join(", ", subjects.Take(6))} and {subjects.Count - 6} more";
            var label = RuleLabels.GetValueOrDefault(group.Key, "findings");
            ReadinessVerb.Wrap(output, $"    {group.Key,-12} {group.Count(),3}  ", $"{label}: {listed}", 80);
        }

        output.WriteLine("  (every control: isms evidence --record FILE; calendar: --format ics)");
    }

    /// <summary>Why one evidence item does not count on <paramref name="today"/>.</summary>
    private static string Why(EvidenceItem? item, string id, NodaTime.LocalDate today) => item switch
    {
        null => $"{id} unknown",
        { IsAccepted: false } => $"{id} proposed by {item.CollectedBy}, not accepted",
        { ValidUntil: { } until } when until < today => $"{id} expired on {ReadinessVerb.Date(until)}",
        _ when item.Period.Start > today => $"{id} covers a period from {ReadinessVerb.Date(item.Period.Start)}",
        _ => $"{id} not current",
    };
}
