using Isms.Certification.Lifecycle;
using Isms.Cli.Commands;
using Isms.Cli.SampleData;
using Isms.Core.Readiness;
using Isms.Evidence;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Cli.Tests;

/// <summary>The demo's evidence step: the sample organisation's coverage against its next audit, with its gaps.</summary>
public sealed class EvidenceDemoStepTests
{
    private static readonly LocalDate Today = CliRunner.Now.InUtc().Date;

    private static readonly Lazy<string[]> Step = new(() =>
    {
        var lines = CliRunner.InProcess("demo").OutLines;
        var start = Array.FindIndex(lines, l => l.StartsWith("== Evidence against the audit calendar", StringComparison.Ordinal));
        Assert.True(start >= 0, "the demo has no evidence step");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("== ", StringComparison.Ordinal));
        return lines[start..end];
    });

    private static EvidenceOptions SampleOptions()
    {
        var document = CertificationVerb.SampleRecord(Today);
        var audit = AuditCalendar.NextAudit(new CertificationLifecycle(new FakeClock(CliRunner.Now), document.Policy), document.Record, CliRunner.Now);
        Assert.NotNull(audit);
        return new EvidenceOptions { NextAudit = audit };
    }

    [Fact]
    public void The_step_counts_each_theme_as_the_coverage_does_against_the_sample_records_next_audit()
    {
        var options = SampleOptions();
        var coverage = EvidenceCoverage.Of(SampleOrganisation.Create(Today), Today, options);

        Assert.Contains($"Next audit: {options.NextAudit!.Description}", Step.Value);
        foreach (var theme in coverage.Themes)
        {
            var row = Assert.Single(Step.Value, l => l.StartsWith($"  {theme.Theme} ", StringComparison.Ordinal));
            Assert.Equal([theme.Current, theme.Expiring, theme.Missing, theme.NotApplicable], row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(int.Parse));
        }

        Assert.Contains(coverage.Controls, c => c.Status == EvidenceStatus.Expiring);
        Assert.All(Step.Value, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void The_step_says_why_evidence_does_not_count_expired_unaccepted_or_running_out_before_the_audit()
    {
        var text = string.Join('\n', Step.Value);

        // The restore log expired a month before "today"; the MDM export was proposed by a collector and nobody
        // accepted it; the penetration test report is the only current evidence of 8.29 and runs out before the audit.
        Assert.Contains("    8.13   missing   EV-05 expired on 2026-10-28", Step.Value);
        Assert.Contains("    8.1    missing   EV-10 proposed by mdm-compliance-export 2.3.1, not accepted", Step.Value);
        Assert.Contains("    8.29   expiring  valid until 2026-12-28 only (EV-06)", Step.Value);
        Assert.DoesNotContain("    5.17 ", text, StringComparison.Ordinal); // current through EV-01: not a gap
    }

    [Fact]
    public void The_step_summarises_the_evidence_findings_of_readiness_by_code_with_their_subjects()
    {
        var report = new ReadinessAnalyzer(EvidenceRules.Create(SampleOptions())).Analyze(SampleOrganisation.Create(Today), Today);
        string Row(string code) => Assert.Single(Step.Value, l => l.StartsWith($"    {code} ", StringComparison.Ordinal));

        foreach (var code in report.Findings.Select(f => f.Code).Distinct())
        {
            Assert.Equal(report.Findings.Count(f => f.Code == code), int.Parse(Row(code).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        // The realistic mix: a quarter of access reviews missing, an overdue leaver test, an unmeasured culture
        // objective, two collector exports nobody accepted, a change under way without a plan.
        Assert.Contains("5.18, 8.2", Row(EvidenceReadinessCodes.EvidenceGap), StringComparison.Ordinal);
        Assert.EndsWith("control tests overdue: CT-01", Row(EvidenceReadinessCodes.ControlTestOverdue), StringComparison.Ordinal);
        Assert.EndsWith("objectives not measured when due: O-03", Row(EvidenceReadinessCodes.ObjectiveNotMeasured), StringComparison.Ordinal);
        Assert.EndsWith("collector evidence nobody accepted: EV-02, EV-10", Row(EvidenceReadinessCodes.AutomatedEvidenceNotAccepted), StringComparison.Ordinal);
        Assert.EndsWith("changes under way without a plan: CHG-02", Row(EvidenceReadinessCodes.ChangeNotPlanned), StringComparison.Ordinal);
        Assert.Contains("EV-06", Row(EvidenceReadinessCodes.EvidenceExpiresBeforeAudit), StringComparison.Ordinal);
    }
}
