using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using Isms.Certification.AuditTime;
using NodaTime;
using FsCheck.Xunit;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

public sealed class PolicyAndValueTests
{
    [Fact]
    public void The_default_policy_is_valid_and_documented_values_hold()
    {
        var policy = CertificationBodyPolicy.Default;

        policy.Validate();
        Assert.Equal(Period.FromMonths(6), policy.MaxStage1ToStage2Interval);
        Assert.Equal(90, policy.DaysToCloseMajors);
        Assert.Equal(Period.FromMonths(6), policy.SuspensionCap);
        Assert.Equal(SurveillanceTiming.AnniversaryOfDecision, policy.SurveillanceTiming);
    }

    [Theory]
    [InlineData(0, "DaysToCloseMajors")]
    [InlineData(181, "DaysToCloseMajors")]
    public void A_policy_option_out_of_range_is_refused_naming_it(int days, string field)
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationLifecycle(new NodaTime.Testing.FakeClock(At(2024, 1, 1)), new CertificationBodyPolicy { DaysToCloseMajors = days }));

        Assert.Equal(CertificationErrorCodes.InvalidPolicy, ex.Code);
        Assert.Equal(nameof(CertificationBodyPolicy), ex.EntityKind);
        Assert.Equal(field, ex.Member);
        Assert.Equal(days.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Value);
    }

    [Fact]
    public void A_suspension_cap_over_12_months_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { SuspensionCap = Period.FromMonths(13) }.Validate());

        Assert.Equal(nameof(CertificationBodyPolicy.SuspensionCap), ex.Member);
        Assert.Equal("P13M", ex.Value);
    }

    [Theory]
    [InlineData("PT1H")]
    [InlineData("P8000Y")]
    [InlineData("P2147483647D")]
    [InlineData("P-1M")]
    [InlineData("P0D")]
    [InlineData("P1M-40D")]
    [InlineData("P1DT1S")]
    public void A_period_policy_option_that_is_not_1_day_to_12_months_is_a_coded_error_naming_the_option(string text)
    {
        // Issue 13: these leaked ArgumentException, ArgumentOutOfRangeException and OverflowException.
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        var cap = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { SuspensionCap = period }.Validate());
        var interval = Assert.Throws<CertificationException>(() => new CertificationLifecycle(new NodaTime.Testing.FakeClock(At(2024, 1, 1)), new CertificationBodyPolicy { MaxStage1ToStage2Interval = period }));

        Assert.Equal((CertificationErrorCodes.InvalidPolicy, nameof(CertificationBodyPolicy.SuspensionCap), text), (cap.Code, cap.Member, cap.Value));
        Assert.Equal((CertificationErrorCodes.InvalidPolicy, nameof(CertificationBodyPolicy.MaxStage1ToStage2Interval), text), (interval.Code, interval.Member, interval.Value));
    }

    [Theory]
    [InlineData("P1D")]
    [InlineData("P12M")]
    [InlineData("P1Y")]
    [InlineData("P52W")]
    [InlineData("P366D")]
    [InlineData("P11M30D")]
    public void Periods_from_1_day_to_12_months_are_accepted(string text)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        new CertificationBodyPolicy { SuspensionCap = period, MaxStage1ToStage2Interval = period }.Validate();
    }

    [Property(MaxTest = 300)]
    public bool Any_period_is_either_accepted_or_refused_with_ISMS_CERT_006_never_another_exception(int years, int months, int weeks, int days, long hours)
    {
        Period period;
        try
        {
            period = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days, Hours = hours % 10 }.Build();
        }
        catch (ArgumentException)
        {
            return true; // NodaTime refuses to build it: nothing the policy could be given.
        }

        try
        {
            new CertificationBodyPolicy { SuspensionCap = period }.Validate();
            var end = new LocalDate(2000, 1, 1).Plus(period);
            return end > new LocalDate(2000, 1, 1) && end <= new LocalDate(2001, 1, 1);
        }
        catch (CertificationException ex)
        {
            return ex.Code == CertificationErrorCodes.InvalidPolicy && ex.Member == nameof(CertificationBodyPolicy.SuspensionCap);
        }
    }

    [Fact]
    public void A_certificate_expiring_before_its_issue_date_names_both_dates()
    {
        var ex = Assert.Throws<CertificationException>(() =>
            new Certificate(new CertificateNumber("C-1"), "CB", "Scope", StandardEdition.Edition2022, D(2024, 5, 1), D(2024, 4, 30), D(2024, 5, 1)));

        Assert.Equal(CertificationErrorCodes.InvalidCertificate, ex.Code);
        Assert.Equal((nameof(Certificate), nameof(Certificate.ExpiryDate), "2024-04-30"), (ex.EntityKind, ex.Member, ex.Value));
        Assert.Contains("IssueDate 2024-05-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void An_application_with_zero_or_negative_persons_names_the_field(int persons)
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationApplication("Org", "Software", persons, [new ApplicationSite("HQ", ["Dev"])], "Scope"));

        Assert.Equal(CertificationErrorCodes.InvalidApplication, ex.Code);
        Assert.Equal(nameof(CertificationApplication.PersonsUnderControl), ex.Member);
    }

    [Fact]
    public void An_application_without_sites_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationApplication("Org", "Software", 10, [], "Scope"));

        Assert.Equal(nameof(CertificationApplication.Sites), ex.Member);
    }

    [Fact]
    public void Audit_report_dates_in_the_wrong_order_name_the_fields()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditReport(AuditKind.Stage2, D(2024, 3, 2), D(2024, 3, 1), P("Ada")));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal((nameof(AuditReport), nameof(AuditReport.LastDay), "2024-03-01"), (ex.EntityKind, ex.Member, ex.Value));
    }

    [Fact]
    public void A_not_ready_Stage_1_needs_a_gap()
    {
        var ex = Assert.Throws<CertificationException>(() => new Stage1Report(D(2024, 3, 1), D(2024, 3, 1), P("Ada"), Stage1Outcome.NotReady));

        Assert.Equal((CertificationErrorCodes.InvalidPayload, nameof(Stage1Report.Gaps)), (ex.Code, ex.Member));
    }

    [Fact]
    public void Every_trigger_has_exactly_one_descriptor_and_only_the_clock_s_have_no_payload()
    {
        Assert.Equal(Enum.GetValues<CertificationTrigger>(), CertificationTriggers.All.Select(t => t.Trigger));
        foreach (var trigger in Enum.GetValues<CertificationTrigger>())
        {
            var descriptor = CertificationTriggers.Of(trigger);
            Assert.Equal(trigger, descriptor.Trigger);
            Assert.Equal(descriptor is ClockTrigger, descriptor.IsTimeDriven);
            Assert.Equal(descriptor.IsTimeDriven, descriptor.PayloadType is null);
        }

        Assert.Equal(
            CertificationTriggers.All.Where(t => t.IsTimeDriven).Select(t => t.Trigger).Order(),
            CertificationTriggers.TimeDriven.Select(t => t.Trigger).Order());
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificationTriggers.Of((CertificationTrigger)99));
    }

    [Fact]
    public void Each_typed_trigger_carries_the_payload_type_its_documentation_names()
    {
        Assert.Equal(typeof(CertificationDecision), CertificationTriggers.Grant.PayloadType);
        Assert.Equal(typeof(CertificationDecision), CertificationTriggers.Refuse.PayloadType);
        Assert.Equal(typeof(AuditReport), CertificationTriggers.CompleteSurveillance.PayloadType);
        Assert.Equal(typeof(Stage1Report), CertificationTriggers.CompleteStage1.PayloadType);
        Assert.Equal(typeof(AuditPlan), CertificationTriggers.PlanAudit.PayloadType);
        Assert.Equal(typeof(ScopeChange), CertificationTriggers.ExtendScope.PayloadType);
        Assert.Equal(typeof(TransferRequest), CertificationTriggers.Transfer.PayloadType);
        Assert.Equal(typeof(SuspensionNotice), CertificationTriggers.Suspend.PayloadType);
        Assert.Equal(typeof(Reinstatement), CertificationTriggers.Reinstate.PayloadType);
        Assert.Equal(typeof(WithdrawalNotice), CertificationTriggers.Withdraw.PayloadType);
        Assert.Equal(typeof(CorrectionVerification), CertificationTriggers.VerifyCorrections.PayloadType);
        Assert.Equal(typeof(ApplicationReview), CertificationTriggers.AcceptApplication.PayloadType);
        Assert.True(CertificationTriggers.CertificateExpired.IsTimeDriven);
        Assert.Equal("Grant", CertificationTriggers.Grant.ToString());
    }

    [Fact]
    public void User_values_are_refused_with_a_code_and_the_member_not_a_guard_exception()
    {
        static CertificationException Refused(Action create) => Assert.Throws<CertificationException>(create);

        var cases = new (CertificationException Error, string Code, string Kind, string Member)[]
        {
            (Refused(() => _ = new ApplicationSite(" ", ["Dev"])), CertificationErrorCodes.InvalidApplication, nameof(ApplicationSite), "Name"),
            (Refused(() => _ = new ApplicationSite("HQ", ["Dev", ""])), CertificationErrorCodes.InvalidApplication, nameof(ApplicationSite), "Processes[1]"),
            (Refused(() => _ = new CertificationApplication("Org", "Software", 10, [new ApplicationSite("HQ", ["Dev"]), new ApplicationSite("HQ", ["Ops"])], "Scope")), CertificationErrorCodes.InvalidApplication, nameof(CertificationApplication), "Sites[1].Name"),
            (Refused(() => _ = new ApplicationReview(D(2024, 1, 1), default)), CertificationErrorCodes.InvalidPayload, nameof(ApplicationReview), "Reviewer"),
            (Refused(() => _ = new CertificationDecision(D(2024, 1, 1), default)), CertificationErrorCodes.InvalidPayload, nameof(CertificationDecision), "DecidedBy"),
            (Refused(() => _ = new ScopeChange(D(2024, 1, 1), "", "why")), CertificationErrorCodes.InvalidPayload, nameof(ScopeChange), "NewScope"),
            (Refused(() => _ = new ScopeChange(D(2024, 1, 1), "scope", "why") with { Reason = " " }), CertificationErrorCodes.InvalidPayload, nameof(ScopeChange), "Reason"),
            (Refused(() => _ = new TransferRequest(D(2024, 1, 1), P("Otto"), " ", new CertificateNumber("T-1"))), CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), "NewCertificationBody"),
            (Refused(() => _ = new TransferRequest(D(2024, 1, 1), P("Otto"), "CB", default)), CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), "NewCertificateNumber"),
            (Refused(() => _ = new SuspensionNotice(D(2024, 1, 1), (SuspensionReason)42, "why")), CertificationErrorCodes.InvalidPayload, nameof(SuspensionNotice), "Reason"),
            (Refused(() => _ = new SuspensionNotice(D(2024, 1, 1), SuspensionReason.ClientRequest, "")), CertificationErrorCodes.InvalidPayload, nameof(SuspensionNotice), "Detail"),
            (Refused(() => _ = new WithdrawalNotice(D(2024, 1, 1), WithdrawalReason.Other, "\t")), CertificationErrorCodes.InvalidPayload, nameof(WithdrawalNotice), "Detail"),
            (Refused(() => _ = new Reinstatement(D(2024, 1, 1), "")), CertificationErrorCodes.InvalidPayload, nameof(Reinstatement), "Basis"),
            (Refused(() => _ = new Finding(new Isms.Core.FindingId("F-1"), Isms.Core.Performance.FindingGrade.Observation, "", "d")), CertificationErrorCodes.InvalidPayload, nameof(Finding), "Clause"),
            (Refused(() => _ = new Stage1Gap("G", "6.2", "\ud800 lone")), CertificationErrorCodes.InvalidPayload, nameof(Stage1Gap), "Description"),
            (Refused(() => _ = new AuditTeamMember(default, AuditRole.Auditor)), CertificationErrorCodes.InvalidAuditPlan, nameof(AuditTeamMember), "Person"),
            (Refused(() => _ = new CertificateNumber(" ")), CertificationErrorCodes.InvalidCertificate, nameof(CertificateNumber), "Value"),
            (Refused(() => _ = new CorrectionVerification(D(2024, 1, 1), P("Ada"), [])), CertificationErrorCodes.InvalidPayload, nameof(CorrectionVerification), "Findings"),
            (Refused(() => _ = new AuditTimeTable(" ", [new(1, 10, 3m)], 10)), CertificationErrorCodes.InvalidAuditTimeTable, nameof(AuditTimeTable), "Source"),
            (Refused(() => _ = AuditTime.MultiSiteSampling.SampleSize(-1, AuditTime.AuditType.Initial)), CertificationErrorCodes.InvalidAuditTimeRequest, "MultiSiteSampling", "sites"),
        };

        Assert.All(cases, c => Assert.Equal((c.Code, c.Kind, c.Member), (c.Error.Code, c.Error.EntityKind, c.Error.Member)));
    }

    [Fact]
    public void Error_codes_are_unique_and_documented()
    {
        var codes = typeof(CertificationErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var docs = File.ReadAllText(Path.Combine(Isms.Testing.RepositoryLayout.Root.FullName, "docs", "certification.md"));

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Contains(code, docs, StringComparison.Ordinal));
    }

    [Fact]
    public void The_lifecycle_is_safe_to_use_from_many_threads()
    {
        var lifecycle = Engine();
        var results = new CertificationRecord[16];
        Parallel.For(0, results.Length, i => results[i] = Certified(lifecycle, D(2024, 2, 29)));

        var expected = Certified(Engine(), D(2024, 2, 29));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
