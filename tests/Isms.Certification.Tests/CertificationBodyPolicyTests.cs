using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Certification.Tests;

/// <summary>
/// The edges of every certification-body option (each documented range includes its ends), the options that must be
/// present, and policy equality (two lifecycles with equal policies decide alike).
/// </summary>
public sealed class CertificationBodyPolicyTests
{
    [Theory]
    [InlineData(nameof(CertificationBodyPolicy.DaysToCloseMajors), 1, 180)]
    [InlineData(nameof(CertificationBodyPolicy.DueWindowDays), 0, 180)]
    [InlineData(nameof(CertificationBodyPolicy.RecertificationAuditLeadDays), 0, 180)]
    public void A_day_count_option_accepts_both_ends_of_its_range_and_refuses_one_beyond_either(string option, int min, int max)
    {
        Policy(option, min).Validate();
        Policy(option, max).Validate();

        foreach (var outside in new[] { min - 1, max + 1 })
        {
            var ex = Assert.Throws<CertificationException>(() => Policy(option, outside).Validate());
            Assert.Equal((CertificationErrorCodes.InvalidPolicy, nameof(CertificationBodyPolicy), option, outside.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                (ex.Code, ex.EntityKind, ex.Member, ex.Value));
        }
    }

    [Fact]
    public void No_maximum_stage_1_to_stage_2_interval_is_allowed_since_the_standard_sets_none()
    {
        new CertificationBodyPolicy { MaxStage1ToStage2Interval = null }.Validate();
    }

    [Fact]
    public void A_suspension_cap_must_be_given()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { SuspensionCap = null! }.Validate());

        Assert.Equal((nameof(CertificationBodyPolicy.SuspensionCap), null), (ex.Member, ex.Value));
    }

    [Fact]
    public void An_undefined_surveillance_timing_is_refused_naming_it()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { SurveillanceTiming = (SurveillanceTiming)5 }.Validate());

        Assert.Equal((CertificationErrorCodes.InvalidPolicy, nameof(CertificationBodyPolicy.SurveillanceTiming), "5"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void Calendar_year_surveillance_is_a_valid_choice()
    {
        new CertificationBodyPolicy { SurveillanceTiming = SurveillanceTiming.CalendarYear }.Validate();
    }

    [Fact]
    public void A_time_zone_must_be_given()
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { TimeZone = null! }.Validate());

        Assert.Equal(nameof(CertificationBodyPolicy.TimeZone), ex.Member);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_certification_body_name_is_refused(string name)
    {
        var ex = Assert.Throws<CertificationException>(() => new CertificationBodyPolicy { CertificationBodyName = name }.Validate());

        Assert.Equal((nameof(CertificationBodyPolicy.CertificationBodyName), name), (ex.Member, ex.Value));
    }

    [Fact]
    public void Policies_with_the_same_choices_are_equal_and_each_choice_tells_them_apart()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        CertificationBodyPolicy Same() => new() { CertificationBodyName = "CB", TimeZone = DateTimeZoneProviders.Tzdb["Europe/London"] };

        Assert.Equal(Same(), Same());
        Assert.Equal(Same().GetHashCode(), Same().GetHashCode());
        Assert.Equal(CertificationBodyPolicy.Default, new CertificationBodyPolicy());
        Assert.NotEqual(new CertificationBodyPolicy { CertificationBodyName = "CB" }, Same());
        Assert.NotEqual(new CertificationBodyPolicy { TimeZone = london, CertificationBodyName = "Other" }, Same());
        Assert.NotEqual(new CertificationBodyPolicy { DaysToCloseMajors = 60 }, CertificationBodyPolicy.Default);
        Assert.NotEqual(new CertificationBodyPolicy { DueWindowDays = 30 }, CertificationBodyPolicy.Default);
        Assert.NotEqual(new CertificationBodyPolicy { RecertificationAuditLeadDays = 30 }, CertificationBodyPolicy.Default);
        Assert.NotEqual(new CertificationBodyPolicy { SuspensionCap = Period.FromMonths(3) }, CertificationBodyPolicy.Default);
        Assert.NotEqual(new CertificationBodyPolicy { MaxStage1ToStage2Interval = null }, CertificationBodyPolicy.Default);
        Assert.NotEqual(new CertificationBodyPolicy { SurveillanceTiming = SurveillanceTiming.CalendarYear }, CertificationBodyPolicy.Default);
    }

    private static CertificationBodyPolicy Policy(string option, int value) => option switch
    {
        nameof(CertificationBodyPolicy.DaysToCloseMajors) => new() { DaysToCloseMajors = value },
        nameof(CertificationBodyPolicy.DueWindowDays) => new() { DueWindowDays = value },
        nameof(CertificationBodyPolicy.RecertificationAuditLeadDays) => new() { RecertificationAuditLeadDays = value },
        _ => throw new ArgumentOutOfRangeException(nameof(option)),
    };
}
