using Isms.Certification.Deadlines;
using Isms.Core;
using Isms.Core.Monitoring;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.Readiness;
using Isms.Core.Tests.TestData;
using Isms.Evidence.Rules;
using NodaTime;
using static Isms.Evidence.Tests.EvidenceTestData;

namespace Isms.Evidence.Tests;

/// <summary>Each readiness rule of Isms.Evidence on explicit dates; findings name control, evidence and dates.</summary>
public sealed class EvidenceRuleTests
{
    private static List<ReadinessFinding> Run(IReadinessRule rule, InformationSecurityManagementSystem isms, LocalDate asOf) =>
        [.. rule.Evaluate(new ReadinessContext(isms, asOf))];

    [Fact]
    public void An_applicable_control_without_accepted_current_evidence_is_reported_once_per_control()
    {
        var isms = Sample(
            Item("EV1", D(2026, 1, 1), D(2026, 3, 31), controls: ["5.1", "5.15", "6.3", "8.5", "8.13"]),
            Item("EV2", D(2026, 1, 1), D(2026, 3, 31), accepted: false, controls: ["8.13"]));
        isms = isms.With(b => b.Evidence = b.Evidence.Replace(b.Evidence[0] with { Controls = [new("5.1"), new("5.15"), new("6.3"), new("8.5")] }));

        var findings = Run(new ControlEvidenceRule(), isms, D(2026, 4, 1)).Where(f => f.Code == EvidenceReadinessCodes.ControlWithoutCurrentEvidence).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("A.8.13", finding.Reference);
        Assert.Equal(ReadinessSection.AnnexA, finding.Section);
        Assert.Contains("EV2", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2026-04-01", finding.Message, StringComparison.Ordinal);
        Assert.Contains(new EntityReference("EvidenceItem", "EV2"), finding.Entities);
    }

    [Fact]
    public void Evidence_expiring_before_the_next_audit_is_reported_with_both_dates_only_when_the_audit_is_known()
    {
        var all = new[] { "5.1", "5.15", "6.3", "8.5", "8.13" };
        var isms = Sample(Item("EV1", D(2026, 1, 1), D(2026, 3, 31), validUntil: D(2026, 9, 30), controls: all));
        var options = new EvidenceOptions { NextAudit = new UpcomingAudit(DeadlineKind.Surveillance, D(2026, 10, 15)) };

        Assert.Empty(Run(new ControlEvidenceRule(), isms, D(2026, 4, 1)));
        var finding = Assert.Single(Run(new ControlEvidenceRule(options), isms, D(2026, 4, 1)));

        Assert.Equal(EvidenceReadinessCodes.EvidenceExpiresBeforeAudit, finding.Code);
        Assert.Equal(ReadinessSeverity.Major, finding.Severity);
        Assert.Contains("EV1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2026-09-30", finding.Message, StringComparison.Ordinal);
        Assert.Contains("surveillance audit due by 2026-10-15", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_between_two_periods_names_the_uncovered_days_and_both_items()
    {
        var isms = Sample(
            Item("Q1", D(2023, 12, 1), D(2024, 2, 28), controls: ["5.1"]),
            Item("Q2", D(2024, 3, 1), D(2024, 5, 31), controls: ["5.1"]),
            Item("Q3", D(2024, 6, 1), D(2024, 8, 31), controls: ["5.1"]));

        var gaps = Run(new ControlEvidenceRule(), isms, D(2024, 9, 1)).Where(f => f.Code == EvidenceReadinessCodes.EvidenceGap).ToList();

        var gap = Assert.Single(gaps);
        Assert.Contains("2024-02-29 to 2024-02-29", gap.Message, StringComparison.Ordinal);
        Assert.Equal([new EntityReference("Control", "5.1"), new EntityReference("EvidenceItem", "Q1"), new EntityReference("EvidenceItem", "Q2")], gap.Entities);
    }

    [Fact]
    public void Overlapping_and_adjacent_periods_across_a_year_end_leave_no_gap()
    {
        var isms = Sample(
            Item("A", D(2025, 10, 1), D(2025, 12, 31), controls: ["5.1"]),
            Item("B", D(2026, 1, 1), D(2026, 3, 31), controls: ["5.1"]),
            Item("C", D(2025, 11, 15), D(2026, 2, 1), controls: ["5.1"]));
        Assert.DoesNotContain(Run(new ControlEvidenceRule(), isms, D(2026, 4, 1)), f => f.Code == EvidenceReadinessCodes.EvidenceGap);
    }

    [Fact]
    public void Automated_evidence_no_person_accepted_is_reported_and_accepted_evidence_is_not()
    {
        var isms = Sample(
            Item("AUTO1", D(2026, 3, 1), D(2026, 3, 1), accepted: false, automated: true, controls: ["8.5"]),
            Item("AUTO2", D(2026, 3, 1), D(2026, 3, 1), accepted: true, automated: true, controls: ["8.5"]),
            Item("MAN1", D(2026, 3, 1), D(2026, 3, 1), accepted: false, controls: ["8.5"]));
        var finding = Assert.Single(Run(new AutomatedEvidenceRule(), isms, D(2026, 4, 1)));
        Assert.Equal(EvidenceReadinessCodes.AutomatedEvidenceNotAccepted, finding.Code);
        Assert.Contains("AUTO1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("idp-mfa-collector 1.0.0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_test_not_performed_since_the_occurrence_before_the_due_one_is_overdue()
    {
        var test = new ControlTest
        {
            Id = new ControlTestId("CT1"),
            Title = "Leaver sample",
            Procedure = "Sample leavers",
            Schedule = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", Start = new LocalDateTime(2026, 1, 15, 9, 0), TimeZone = "Europe/Berlin", GraceDays = 10 },
            Controls = [new("5.15")],
            Results = [new ControlTestResult { TestedOn = D(2026, 1, 20), Tester = TestIsms.Cto, Outcome = ControlTestOutcome.Effective }],
        };
        var isms = Sample().With(b => b.ControlTests = b.ControlTests.Add(test));

        Assert.Empty(Run(new ControlTestScheduleRule(), isms, D(2026, 4, 25)));
        var finding = Assert.Single(Run(new ControlTestScheduleRule(), isms, D(2026, 4, 26)));
        Assert.Equal(EvidenceReadinessCodes.ControlTestOverdue, finding.Code);
        Assert.Contains("due on 2026-04-15", finding.Message, StringComparison.Ordinal);
        Assert.Contains("after 2026-01-25", finding.Message, StringComparison.Ordinal);
        Assert.Contains("last performed 2026-01-20", finding.Message, StringComparison.Ordinal);

        var early = isms.With(b => b.ControlTests = b.ControlTests.Replace(test with { Results = [.. test.Results, new ControlTestResult { TestedOn = D(2026, 4, 10), Tester = TestIsms.Cto, Outcome = ControlTestOutcome.Effective }] }));
        Assert.Empty(Run(new ControlTestScheduleRule(), early, D(2026, 4, 26)));
    }

    [Fact]
    public void A_schedule_the_library_cannot_expand_is_a_finding_on_its_test_not_an_exception()
    {
        var test = new ControlTest { Id = new ControlTestId("CT1"), Title = "t", Procedure = "p", Schedule = new RecurrenceSchedule { Rule = "FREQ=WEEKLY;BYDAY=XX", Start = new LocalDateTime(2026, 1, 1, 0, 0) } };
        var isms = Sample().With(b => b.ControlTests = b.ControlTests.Add(test));
        var finding = Assert.Single(Run(new ControlTestScheduleRule(), isms, D(2026, 4, 1)));
        Assert.Equal(EvidenceReadinessCodes.ScheduleNotEvaluable, finding.Code);
        Assert.Equal([new EntityReference("ControlTest", "CT1")], finding.Entities);
    }

    [Fact]
    public void An_objective_without_a_result_for_its_due_measurement_is_reported_and_achieved_ones_are_not()
    {
        var objective = new InformationSecurityObjective { Id = new ObjectiveId("O1"), Title = "MFA everywhere" };
        var activity = new MonitoringActivity
        {
            Id = new MonitoringActivityId("MON1"),
            Subject = "MFA enrolment",
            Method = "IdP export",
            Schedule = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;BYMONTHDAY=-1", Start = new LocalDateTime(2025, 12, 31, 18, 0), TimeZone = "America/New_York" },
            Objectives = [objective.Id],
        };
        var isms = Sample().With(b =>
        {
            b.Objectives = b.Objectives.Add(objective);
            b.MonitoringActivities = b.MonitoringActivities.Add(activity);
            b.Measurements = b.Measurements.Add(new MeasurementResult { Id = new MeasurementId("M1"), Metric = "MFA", MeasuredOn = D(2026, 1, 31), Value = 90m, Activity = activity.Id });
        });

        Assert.Empty(Run(new ObjectiveMeasurementRule(), isms, D(2026, 2, 28)));
        var finding = Assert.Single(Run(new ObjectiveMeasurementRule(), isms, D(2026, 3, 1)));
        Assert.Equal(EvidenceReadinessCodes.ObjectiveNotMeasured, finding.Code);
        Assert.Contains("due on 2026-02-28", finding.Message, StringComparison.Ordinal);
        Assert.Contains("last measured 2026-01-31", finding.Message, StringComparison.Ordinal);
        Assert.Equal([new EntityReference("Objective", "O1"), new EntityReference("MonitoringActivity", "MON1")], finding.Entities);

        var achieved = isms.With(b => b.Objectives = b.Objectives.Replace(objective with { Achieved = true }));
        Assert.Empty(Run(new ObjectiveMeasurementRule(), achieved, D(2026, 3, 1)));
    }

    [Fact]
    public void A_change_under_way_without_its_plan_is_reported_naming_what_is_missing()
    {
        var isms = Sample().With(b => b.PlannedChanges = b.PlannedChanges
            .Add(new PlannedChange { Id = new PlannedChangeId("CHG1"), Title = "New ticketing system", Purpose = "DORA fields", Responsible = TestIsms.Cto, Status = PlannedChangeStatus.InProgress, PlannedFor = D(2026, 6, 30) })
            .Add(new PlannedChange { Id = new PlannedChangeId("CHG2"), Title = "Idea", Status = PlannedChangeStatus.Proposed })
            .Add(new PlannedChange { Id = new PlannedChangeId("CHG3"), Title = "Planned", Purpose = "p", Consequences = "c", Resources = "r", Responsible = TestIsms.Cto, Status = PlannedChangeStatus.Completed }));

        var finding = Assert.Single(Run(new PlannedChangeRule(), isms, D(2026, 4, 1)));
        Assert.Equal((EvidenceReadinessCodes.ChangeNotPlanned, "6.3", ReadinessSection.Planning), (finding.Code, finding.Reference, finding.Section));
        Assert.Contains("no potential consequences, resources", finding.Message, StringComparison.Ordinal);
        Assert.Contains("for 2026-06-30", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_join_a_readiness_analyzer_with_their_codes()
    {
        var analyzer = new ReadinessAnalyzer(ReadinessAnalyzer.BuiltInRules.Concat(EvidenceRules.Create()));
        var report = analyzer.Analyze(Sample(Item("AUTO1", D(2026, 3, 1), D(2026, 3, 1), accepted: false, automated: true, controls: ["8.5"])), D(2026, 4, 1));
        Assert.Contains(report.Findings, f => f.Code == EvidenceReadinessCodes.AutomatedEvidenceNotAccepted);
        Assert.Contains(report.Findings, f => f.Code == EvidenceReadinessCodes.ControlWithoutCurrentEvidence);
    }
}
