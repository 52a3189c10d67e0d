using System.Security.Cryptography;
using System.Text;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Core.Planning;
using NodaTime;

namespace Isms.Cli.SampleData;

/// <summary>
/// The sample organisation's evidence, control tests, monitoring activities (clause 9.1) and planned changes
/// (clause 6.3), dated relative to "today", with the gaps a real first-year ISMS has: a restore log that expired, a
/// quarter of access reviews missing between two, an MFA export an automated collector proposed that nobody accepted
/// yet, a penetration test report that runs out before the next audit, a leaver test that is overdue, a culture
/// objective nobody measures, and a change under way without a plan.
/// </summary>
internal static class SampleEvidence
{
    public static void Add(IsmsBuilder b, LocalDate asOf)
    {
        LocalDate Ago(int months, int days = 0) => asOf.PlusMonths(-months).PlusDays(-days);
        LocalDate Ahead(int months, int days = 0) => asOf.PlusMonths(months).PlusDays(days);
        var ciso = new PersonId("l.hoffmann");
        var isms = new PersonId("t.nowak");

        EvidenceItem E(string id, string title, LocalDate start, LocalDate end, LocalDate? validUntil, PersonId? acceptedBy, string[] controls, string[] applied, EvidenceCollector? collector = null) => new()
        {
            Id = new EvidenceItemId(id),
            Title = title,
            Artefact = new ArtefactReference
            {
                Location = new Uri($"https://grc.helix-pay.example/evidence/{id}"),
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + title))),
            },
            CollectedAt = end.PlusDays(2).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).ToInstant().Plus(Duration.FromHours(10)),
            Period = new EvidencePeriod(start, end),
            ValidUntil = validUntil,
            CollectedBy = collector ?? EvidenceCollector.ByPerson(isms),
            Controls = [.. controls.Select(c => new ControlId(c))],
            AppliedControls = [.. applied.Select(a => new AppliedControlId(a))],
            Acceptance = acceptedBy is { } person ? new EvidenceAcceptance { AcceptedBy = person, AcceptedOn = end.PlusDays(5) } : null,
        };

        b.AddEvidence(
            E("EV-01", "Okta authentication policy export", Ago(1), Ago(1), Ahead(11), ciso, ["5.15", "5.17", "8.5"], ["AC-01"]),
            E("EV-02", "MFA enrolment from the identity provider's user export", Ago(0, 1), Ago(0, 1), Ahead(1), null, ["5.17", "8.5"], ["AC-01"], EvidenceCollector.Automated("idp-mfa-collector", "1.0.0")),
            E("EV-03", "Access review sign-offs, first quarter", Ago(9), Ago(6, 1), Ahead(6), ciso, ["5.18", "8.2"], ["AC-02"]),
            E("EV-04", "Access review sign-offs, third quarter", Ago(3), Ago(0, 1), Ahead(9), ciso, ["5.18", "8.2"], ["AC-02"]),
            E("EV-05", "Restore test log", Ago(4), Ago(2), Ago(1), isms, ["8.13"], ["AC-03"]),
            E("EV-06", "Penetration test report (external)", Ago(5), Ago(5), Ahead(1), ciso, ["8.8", "8.29"], ["AC-06", "AC-07"]),
            E("EV-07", "Monthly patch SLA report", Ago(1), Ago(0, 1), Ahead(2), isms, ["8.8"], ["AC-06"]),
            E("EV-08", "Security awareness LMS completion report", Ago(12), Ago(0, 10), Ahead(12), isms, ["6.3"], ["AC-12"]),
            E("EV-09", "Incident post-mortems", Ago(11), Ago(0, 5), null, ciso, ["5.24", "5.25", "5.26", "5.27"], ["AC-09"]),
            E("EV-10", "Jamf and CrowdStrike compliance report", Ago(1), Ago(0, 3), Ahead(1), null, ["8.1", "8.7"], ["AC-05"], EvidenceCollector.Automated("mdm-compliance-export", "2.3.1")),
            E("EV-11", "Information security policy approval record", Ago(10), Ago(10), null, ciso, ["5.1"], []),
            E("EV-12", "Deployment approval records", Ago(6), Ago(0, 2), Ahead(6), isms, ["8.31", "8.32"], ["AC-20"]));

        var berlin = "Europe/Berlin";
        b.AddControlTest(
            new ControlTest
            {
                Id = new ControlTestId("CT-01"),
                Title = "Leaver sample",
                Procedure = "Sample leavers from the HR system; check each account in Okta and AWS was disabled within one working day of the leaving date.",
                Schedule = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", Start = Ago(12).With(DateAdjusters.DayOfMonth(15)).At(new LocalTime(9, 0)), TimeZone = berlin, GraceDays = 14 },
                SampleSize = 10,
                Owner = new PersonId("j.lange"),
                Controls = [new ControlId("5.18"), new ControlId("6.5")],
                AppliedControls = [new AppliedControlId("AC-19")],
                Results = [new ControlTestResult { TestedOn = Ago(7), Tester = isms, Outcome = ControlTestOutcome.EffectiveWithExceptions, SampleTested = 10, Findings = ["One contractor account disabled after four days"], Evidence = [new EvidenceItemId("EV-03")] }],
            },
            new ControlTest
            {
                Id = new ControlTestId("CT-02"),
                Title = "Backup restore test",
                Procedure = "Restore a randomly chosen production database snapshot into the recovery account and verify row counts and checksums.",
                Schedule = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;BYDAY=1TU", Start = Ago(12).At(new LocalTime(10, 0)), TimeZone = berlin, GraceDays = 7 },
                SampleSize = 1,
                Owner = new PersonId("a.ferreira"),
                Controls = [new ControlId("8.13")],
                AppliedControls = [new AppliedControlId("AC-03")],
                Results = [new ControlTestResult { TestedOn = Ago(0, 10), Tester = new PersonId("r.costa"), Outcome = ControlTestOutcome.Effective, SampleTested = 1, Evidence = [new EvidenceItemId("EV-05")] }],
            },
            new ControlTest
            {
                Id = new ControlTestId("CT-03"),
                Title = "Regional failover game day",
                Procedure = "Fail the payment API over to eu-west-1 and measure recovery time against the 4-hour objective.",
                Schedule = new RecurrenceSchedule { Rule = "FREQ=YEARLY", Start = Ago(3).At(new LocalTime(8, 0)), TimeZone = berlin },
                Owner = new PersonId("r.costa"),
                Controls = [new ControlId("5.30"), new ControlId("8.14")],
                AppliedControls = [new AppliedControlId("AC-14")],
                Results = [new ControlTestResult { TestedOn = Ago(3), Tester = new PersonId("r.costa"), Outcome = ControlTestOutcome.Ineffective, Findings = ["Recovery took 9 hours: DNS runbook out of date"] }],
            });

        RecurrenceSchedule Monthly(int months) => new() { Rule = "FREQ=MONTHLY", Start = Ago(months).At(new LocalTime(9, 0)), TimeZone = berlin, GraceDays = 10 };
        b.AddMonitoringActivity(
            new MonitoringActivity { Id = new MonitoringActivityId("MON-01"), Subject = "Share of staff accounts enrolled in phishing-resistant MFA", Method = "Identity provider user export: enrolled active accounts / active accounts", Schedule = Monthly(12), MeasuredBy = new PersonId("f.wagner"), EvaluatedBy = ciso, AppliedControls = [new AppliedControlId("AC-01")] },
            new MonitoringActivity { Id = new MonitoringActivityId("MON-02"), Subject = "Median days to patch critical vulnerabilities", Method = "Monthly patch SLA report from the vulnerability scanner", Schedule = Monthly(12) with { GraceDays = 45 }, MeasuredBy = isms, EvaluatedBy = ciso, Objectives = [new ObjectiveId("O-01")], AppliedControls = [new AppliedControlId("AC-06")] },
            new MonitoringActivity { Id = new MonitoringActivityId("MON-03"), Subject = "Phishing simulation click rate", Method = "Quarterly simulation, clicks / recipients", Schedule = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;INTERVAL=3", Start = Ago(11).At(new LocalTime(9, 0)), TimeZone = berlin, GraceDays = 30 }, MeasuredBy = isms, EvaluatedBy = ciso, Objectives = [new ObjectiveId("O-02")], AppliedControls = [new AppliedControlId("AC-12")] },
            new MonitoringActivity { Id = new MonitoringActivityId("MON-04"), Subject = "Security culture survey score", Method = "Half-yearly staff survey, share answering 4 or 5 of 5", Schedule = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;INTERVAL=6", Start = Ago(9).At(new LocalTime(9, 0)), TimeZone = berlin }, MeasuredBy = new PersonId("j.lange"), Objectives = [new ObjectiveId("O-03")] });

        b.AddPlannedChange(
            new PlannedChange
            {
                Id = new PlannedChangeId("CHG-01"),
                Title = "Run the payment API active-active in a second AWS region",
                Purpose = "Meet the 4-hour recovery objective the failover test missed",
                Consequences = "New data flows between regions; DPA annex and SoA 8.14 to update; risk R-05 to reassess",
                Resources = "Two SRE for one quarter; EUR 40k a year of AWS spend",
                Responsible = new PersonId("r.costa"),
                Status = PlannedChangeStatus.Approved,
                PlannedFor = Ahead(4),
                ApprovedBy = new PersonId("m.santos"),
                ApprovedOn = Ago(1),
            },
            new PlannedChange
            {
                Id = new PlannedChangeId("CHG-02"),
                Title = "Replace the ticketing system used for security incidents",
                Purpose = "Zendesk's incident workflow lacks DORA reporting fields",
                Responsible = new PersonId("r.costa"),
                Status = PlannedChangeStatus.InProgress,
                PlannedFor = Ahead(1),
            },
            new PlannedChange { Id = new PlannedChangeId("CHG-03"), Title = "Extend the ISMS scope to Helix Labs", Status = PlannedChangeStatus.Proposed });
    }
}
