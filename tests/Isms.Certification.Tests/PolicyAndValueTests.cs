using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using NodaTime;
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
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspension_cap_over_12_months_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { SuspensionCap = Period.FromMonths(13) }.Validate());

        Assert.Contains("SuspensionCap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_expiring_before_its_issue_date_names_both_dates()
    {
        var ex = Assert.Throws<CertificationException>(() =>
            new Certificate(new CertificateNumber("C-1"), "CB", "Scope", StandardEdition.Edition2022, D(2024, 5, 1), D(2024, 4, 30), D(2024, 5, 1)));

        Assert.Equal(CertificationErrorCodes.InvalidCertificate, ex.Code);
        Assert.Contains("ExpiryDate 2024-04-30", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IssueDate 2024-05-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void An_application_with_zero_or_negative_persons_names_the_field(int persons)
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationApplication("Org", "Software", persons, [new ApplicationSite("HQ", ["Dev"])], "Scope"));

        Assert.Equal(CertificationErrorCodes.InvalidApplication, ex.Code);
        Assert.Contains("PersonsUnderControl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_without_sites_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationApplication("Org", "Software", 10, [], "Scope"));

        Assert.Contains("Sites", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_report_dates_in_the_wrong_order_name_the_fields()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditReport(AuditKind.Stage2, D(2024, 3, 2), D(2024, 3, 1), "Ada"));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Contains("LastDay 2024-03-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_ready_Stage_1_needs_a_gap()
    {
        Assert.Throws<CertificationException>(() => new Stage1Report(D(2024, 3, 1), D(2024, 3, 1), "Ada", Stage1Outcome.NotReady));
    }

    [Fact]
    public void Every_trigger_that_is_not_time_driven_names_its_payload_type()
    {
        foreach (var trigger in CertificationTriggers.All)
        {
            Assert.Equal(!CertificationTriggers.IsTimeDriven(trigger), CertificationTriggers.PayloadType(trigger) is not null);
        }

        Assert.Equal(CertificationTriggers.All.Count(CertificationTriggers.IsTimeDriven), CertificationTriggers.TimeDriven.Length);
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
