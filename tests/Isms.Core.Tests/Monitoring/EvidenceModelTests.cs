using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.Tests.TestData;
using NodaTime;

namespace Isms.Core.Tests.Monitoring;

/// <summary>
/// The evidence, control test, monitoring and planned change registers: values validate where they are created, and
/// the ISMS reports every dangling reference from them with the existing codes, entity kind, id, member and value.
/// </summary>
public sealed class EvidenceModelTests
{
    private const string Digest = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    private static readonly PersonId Ghost = new("ghost");

    internal static EvidenceItem Item(string id, LocalDate start, LocalDate end, params string[] controls) => new()
    {
        Id = new EvidenceItemId(id),
        Title = "Access review " + id,
        Artefact = new ArtefactReference { Location = new Uri("https://evidence.example.com/" + id), Sha256 = Digest },
        CollectedAt = Instant.FromUtc(end.Year, end.Month, end.Day, 12, 0),
        Period = new EvidencePeriod(start, end),
        CollectedBy = EvidenceCollector.ByPerson(TestIsms.Ciso),
        Controls = [.. controls.Select(c => new ControlId(c))],
    };

    internal static RecurrenceSchedule Quarterly => new() { Rule = "FREQ=MONTHLY;INTERVAL=3", Start = new LocalDateTime(2026, 1, 15, 9, 0), TimeZone = "Europe/Berlin" };

    [Fact]
    public void The_digest_is_kept_in_lower_case_and_must_be_64_hexadecimal_digits()
    {
        var item = Item("EV1", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        Assert.Equal(Digest.ToLowerInvariant(), item.Artefact.Sha256);

        foreach (var bad in new[] { Digest[..63], Digest + "0", Digest[..63] + "g", string.Empty })
        {
            var ex = Assert.Throws<IsmsException>(() => new ArtefactReference { Location = new Uri("https://x.example"), Sha256 = bad });
            Assert.Equal((IsmsErrorCodes.InvalidDigest, "ArtefactReference", "Sha256", bad), (ex.Code, ex.Error.EntityKind, ex.Error.Member, ex.Error.Value));
        }
    }

    [Fact]
    public void An_artefact_location_must_be_an_absolute_uri()
    {
        var ex = Assert.Throws<IsmsException>(() => new ArtefactReference { Location = new Uri("reports/q1.pdf", UriKind.Relative), Sha256 = Digest });
        Assert.Equal((IsmsErrorCodes.RelativeUri, "Location", "reports/q1.pdf"), (ex.Code, ex.Error.Member, ex.Error.Value));
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused_and_both_ends_are_included()
    {
        var ex = Assert.Throws<IsmsException>(() => new EvidencePeriod(new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 28)));
        Assert.Equal(IsmsErrorCodes.DateOrder, ex.Code);

        var leapDay = new EvidencePeriod(new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29));
        Assert.True(leapDay.Contains(new LocalDate(2024, 2, 29)));
        Assert.False(leapDay.Contains(new LocalDate(2024, 3, 1)));
        Assert.Equal("2024-02-29..2024-02-29", leapDay.ToString());
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;INTERVAL=3")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20271231T235959Z")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR;COUNT=12")]
    public void Rfc5545_rules_are_accepted(string rule) =>
        Assert.Equal(rule, new RecurrenceSchedule { Rule = rule, Start = new LocalDateTime(2026, 1, 1, 0, 0) }.Rule);

    [Theory]
    [InlineData("INTERVAL=3", "FREQ is missing")]
    [InlineData("FREQ=FORTNIGHTLY", "not one of")]
    [InlineData("freq=MONTHLY", "not a part of RRULE")]
    [InlineData("FREQ=MONTHLY;FREQ=YEARLY", "twice")]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20270101", "COUNT and UNTIL")]
    [InlineData("RRULE:FREQ=DAILY", "not a part of RRULE")]
    [InlineData("FREQ=DAILY;", "not NAME=VALUE")]
    [InlineData("=DAILY", "not NAME=VALUE")]
    [InlineData("FREQ=", "not NAME=VALUE")]
    [InlineData("FREQ=DAILY;INTERVAL=", "not NAME=VALUE")]
    [InlineData("FREQ=DAILY;BYDAY=MO TU", "holds ' '")]
    public void Malformed_rules_are_refused_with_the_reason(string rule, string why)
    {
        var ex = Assert.Throws<IsmsException>(() => new RecurrenceSchedule { Rule = rule, Start = new LocalDateTime(2026, 1, 1, 0, 0) });
        Assert.Equal((IsmsErrorCodes.InvalidRecurrenceRule, "RecurrenceSchedule", "Rule", rule), (ex.Code, ex.Error.EntityKind, ex.Error.Member, ex.Error.Value));
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_rule_is_a_missing_text_not_a_malformed_rule()
    {
        var ex = Assert.Throws<IsmsException>(() => new RecurrenceSchedule { Rule = " ", Start = new LocalDateTime(2026, 1, 1, 0, 0) });
        Assert.Equal((IsmsErrorCodes.RequiredText, "RecurrenceSchedule", "Rule"), (ex.Code, ex.Error.EntityKind, ex.Error.Member));
    }

    [Fact]
    public void The_rule_part_names_and_frequencies_are_those_of_rfc_5545()
    {
        // RFC 5545 section 3.3.10 (recur-rule-part and freq), built here rather than read from the once-per-process sets.
        string[] names = ["BYDAY", "BYHOUR", "BYMINUTE", "BYMONTH", "BYMONTHDAY", "BYSECOND", "BYSETPOS", "BYWEEKNO", "BYYEARDAY", "COUNT", "FREQ", "INTERVAL", "UNTIL", "WKST"];
        string[] frequencies = ["DAILY", "HOURLY", "MINUTELY", "MONTHLY", "SECONDLY", "WEEKLY", "YEARLY"];

        Assert.Equal(names, RecurrenceRule.BuildNames().Order(StringComparer.Ordinal));
        Assert.Equal(frequencies, RecurrenceRule.BuildFrequencies().Order(StringComparer.Ordinal));
        var ex = Assert.Throws<IsmsException>(() => new RecurrenceSchedule { Rule = "FREQ=BIWEEKLY", Start = new LocalDateTime(2026, 1, 1, 0, 0) });
        Assert.Contains(string.Join(", ", frequencies), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_names_an_iana_time_zone_and_prints_as_icalendar()
    {
        Assert.Equal("Etc/UTC", new RecurrenceSchedule { Rule = "FREQ=DAILY", Start = new LocalDateTime(2026, 1, 1, 0, 0) }.TimeZone);
        var ex = Assert.Throws<IsmsException>(() => Quarterly with { TimeZone = "Mars/Olympus" });
        Assert.Equal((IsmsErrorCodes.UnknownTimeZone, "Mars/Olympus"), (ex.Code, ex.Error.Value));
        Assert.Equal("DTSTART;TZID=Europe/Berlin:20260115T090000 RRULE:FREQ=MONTHLY;INTERVAL=3", Quarterly.ToString());
        Assert.Equal(IsmsErrorCodes.OutOfRange, Assert.Throws<IsmsException>(() => Quarterly with { GraceDays = -1 }).Code);
    }

    [Fact]
    public void A_collector_is_a_person_or_a_named_and_versioned_tool()
    {
        var person = EvidenceCollector.ByPerson(TestIsms.Ciso);
        var tool = EvidenceCollector.Automated("okta-mfa-export", "1.4.0");
        Assert.False(person.IsAutomated);
        Assert.True(tool.IsAutomated);
        Assert.Equal("okta-mfa-export 1.4.0", tool.ToString());
        Assert.Equal(EvidenceCollector.Automated("okta-mfa-export", "1.4.0"), tool);
        Assert.NotEqual(EvidenceCollector.Automated("okta-mfa-export", "1.5.0"), tool);
        Assert.Equal(IsmsErrorCodes.RequiredText, Assert.Throws<IsmsException>(() => EvidenceCollector.Automated("okta", " ")).Code);
    }

    [Fact]
    public void Accepting_an_item_records_who_and_when_and_expiry_is_after_the_valid_until_day()
    {
        var item = Item("EV1", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)) with { ValidUntil = new LocalDate(2026, 12, 31) };
        Assert.False(item.IsAccepted);
        var accepted = item.Accept(TestIsms.Ciso, new LocalDate(2026, 4, 2), "Checked against HR leavers list");
        Assert.True(accepted.IsAccepted);
        Assert.Equal(new LocalDate(2026, 4, 2), accepted.Acceptance!.AcceptedOn);
        Assert.NotEqual(item, accepted);
        Assert.False(accepted.IsExpiredOn(new LocalDate(2026, 12, 31)));
        Assert.True(accepted.IsExpiredOn(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void Items_with_equal_lists_are_equal()
    {
        var a = Item("EV1", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31), "5.15", "8.5");
        var b = Item("EV1", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31), "5.15", "8.5");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Controls = [new ControlId("5.15")] });
    }

    [Fact]
    public void The_latest_result_on_or_before_a_date_is_the_last_test()
    {
        var test = Test("CT1") with
        {
            Results =
            [
                new ControlTestResult { TestedOn = new LocalDate(2026, 4, 20), Tester = TestIsms.Ciso, Outcome = ControlTestOutcome.Effective },
                new ControlTestResult { TestedOn = new LocalDate(2026, 1, 16), Tester = TestIsms.Ciso, Outcome = ControlTestOutcome.Ineffective },
            ],
        };
        Assert.Equal(new LocalDate(2026, 1, 16), test.LastTestedOn(new LocalDate(2026, 4, 19)));
        Assert.Equal(new LocalDate(2026, 4, 20), test.LastTestedOn(new LocalDate(2026, 4, 20)));
        Assert.Null(test.LastTestedOn(new LocalDate(2026, 1, 15)));
        Assert.Equal(IsmsErrorCodes.OutOfRange, Assert.Throws<IsmsException>(() => test with { SampleSize = 0 }).Code);
    }

    [Fact]
    public void A_planned_change_is_planned_when_purpose_consequences_resources_and_responsible_are_stated()
    {
        var change = new PlannedChange { Id = new PlannedChangeId("CHG1"), Title = "Second cloud region" };
        Assert.False(change.IsPlanned);
        Assert.Equal(PlannedChangeStatus.Proposed, change.Status);
        Assert.True((change with { Purpose = "p", Consequences = "c", Resources = "r", Responsible = TestIsms.Cto }).IsPlanned);
    }

    [Fact]
    public void The_registers_round_trip_through_the_builder()
    {
        var isms = WithAll(TestIsms.Builder()).Build();
        Assert.Single(isms.Evidence);
        Assert.Single(isms.ControlTests);
        Assert.Single(isms.MonitoringActivities);
        Assert.Single(isms.PlannedChanges);
        Assert.Equal(isms, isms.ToBuilder().Build());
        Assert.NotEqual(isms, isms.With(b => b.Evidence = b.Evidence.Remove(new EvidenceItemId("EV1"))));
    }

    [Fact]
    public void Every_dangling_reference_of_the_new_registers_is_reported_in_document_order()
    {
        var builder = WithAll(TestIsms.Builder());
        builder.Evidence = builder.Evidence.Replace(builder.Evidence[0] with
        {
            CollectedBy = EvidenceCollector.ByPerson(Ghost),
            AppliedControls = [new AppliedControlId("AC404")],
            Requirements = [new RequirementId("REQ404")],
            Objectives = [new ObjectiveId("OBJ404")],
            ValidUntil = new LocalDate(2025, 12, 31),
            Acceptance = new EvidenceAcceptance { AcceptedBy = Ghost, AcceptedOn = new LocalDate(2026, 4, 1) },
        });
        builder.ControlTests = builder.ControlTests.Replace(builder.ControlTests[0] with
        {
            Owner = Ghost,
            Results = [new ControlTestResult { TestedOn = new LocalDate(2026, 4, 1), Tester = Ghost, Outcome = ControlTestOutcome.Effective, Evidence = [new EvidenceItemId("EV404")] }],
        });
        builder.MonitoringActivities = builder.MonitoringActivities.Replace(builder.MonitoringActivities[0] with { EvaluatedBy = Ghost, Objectives = [new ObjectiveId("OBJ404")] });
        builder.PlannedChanges = builder.PlannedChanges.Replace(builder.PlannedChanges[0] with { Responsible = Ghost, ApprovedOn = new LocalDate(2026, 5, 1), CompletedOn = new LocalDate(2026, 4, 30) });
        builder.Measurements = builder.Measurements.Add(new MeasurementResult { Id = new MeasurementId("M1"), Metric = "MFA", MeasuredOn = new LocalDate(2026, 4, 1), Value = 97m, Activity = new MonitoringActivityId("MON404"), EvaluatedBy = Ghost });

        var ex = Assert.Throws<IsmsException>(() => builder.Build());

        Assert.Equal(
            [
                (IsmsErrorCodes.DanglingReference, "MeasurementResult", "M1", "Activity", "MON404"),
                (IsmsErrorCodes.DanglingReference, "MeasurementResult", "M1", "EvaluatedBy", "ghost"),
                (IsmsErrorCodes.DanglingReference, "EvidenceItem", "EV1", "CollectedBy.Person", "ghost"),
                (IsmsErrorCodes.DanglingReference, "EvidenceItem", "EV1", "AppliedControls[0]", "AC404"),
                (IsmsErrorCodes.DanglingReference, "EvidenceItem", "EV1", "Requirements[0]", "REQ404"),
                (IsmsErrorCodes.DanglingReference, "EvidenceItem", "EV1", "Objectives[0]", "OBJ404"),
                (IsmsErrorCodes.DateOrder, "EvidenceItem", "EV1", "ValidUntil", "2025-12-31"),
                (IsmsErrorCodes.DanglingReference, "EvidenceItem", "EV1", "Acceptance.AcceptedBy", "ghost"),
                (IsmsErrorCodes.DanglingReference, "ControlTest", "CT1", "Owner", "ghost"),
                (IsmsErrorCodes.DanglingReference, "ControlTest", "CT1", "Results[0].Tester", "ghost"),
                (IsmsErrorCodes.DanglingReference, "ControlTest", "CT1", "Results[0].Evidence[0]", "EV404"),
                (IsmsErrorCodes.DanglingReference, "MonitoringActivity", "MON1", "EvaluatedBy", "ghost"),
                (IsmsErrorCodes.DanglingReference, "MonitoringActivity", "MON1", "Objectives[0]", "OBJ404"),
                (IsmsErrorCodes.DanglingReference, "PlannedChange", "CHG1", "Responsible", "ghost"),
                (IsmsErrorCodes.DateOrder, "PlannedChange", "CHG1", "CompletedOn", "2026-04-30"),
            ],
            ex.Errors.Select(e => (e.Code, e.EntityKind!, e.EntityId!, e.Member!, e.Value!)));
    }

    private static ControlTest Test(string id) => new()
    {
        Id = new ControlTestId(id),
        Title = "Leaver sample",
        Procedure = "Sample 10 leavers from HR; check each account was disabled within one working day.",
        Schedule = Quarterly,
        SampleSize = 10,
        Controls = [new ControlId("5.18")],
    };

    private static IsmsBuilder WithAll(IsmsBuilder builder) => builder
        .AddEvidence(Item("EV1", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31), "5.15"))
        .AddControlTest(Test("CT1"))
        .AddMonitoringActivity(new MonitoringActivity { Id = new MonitoringActivityId("MON1"), Subject = "MFA enrolment", Method = "IdP export", Schedule = Quarterly, MeasuredBy = TestIsms.Ciso })
        .AddPlannedChange(new PlannedChange { Id = new PlannedChangeId("CHG1"), Title = "Second region", Status = PlannedChangeStatus.Approved });
}
