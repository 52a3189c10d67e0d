using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Isms.Core;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// The choices a certification body makes where the standards leave it free: the maximum interval from Stage 1 to
/// Stage 2, the days allowed to close majors, the suspension cap, surveillance timing, and the time zone its dates
/// are kept in. Every option has a documented default; <see cref="Validate"/> checks the ranges once, when a
/// <see cref="CertificationLifecycle"/> is built.
/// </summary>
/// <remarks>
/// The rules of the standards themselves (three-year cycle, first surveillance within 12 months, 6 months to verify
/// majors after Stage 2, 6-month restoration window, IAF MD 26 cut-off) are in <see cref="CertificationRules"/> and
/// cannot be configured.
/// </remarks>
/// <threadsafety>Set the options, then treat the instance as immutable; it is safe to share once built into a lifecycle.</threadsafety>
[ValueEquality]
public sealed partial class CertificationBodyPolicy
{
    /// <summary>The defaults (the values documented on each property).</summary>
    public static CertificationBodyPolicy Default { get; } = new();

    /// <summary>The name of the certification body, printed on certificates it issues. Default "Certification body".</summary>
    public string CertificationBodyName { get; init; } = "Certification body";

    /// <summary>
    /// The longest time from the last Stage 1 day to the end of Stage 2; past it, Stage 1 is repeated. Null: no
    /// limit (the standard sets none). Default 6 months; at most 12 months.
    /// </summary>
    public Period? MaxStage1ToStage2Interval { get; init; } = Period.FromMonths(6);

    /// <summary>
    /// Days allowed to close (have verified) the majors of a surveillance, recertification or special audit, counted
    /// from its last day; past it, the certificate is suspended. Also shown as the due date of initial-audit majors
    /// (whose hard limit is the standard's 6 months). Default 90; 1 to 180.
    /// </summary>
    public int DaysToCloseMajors { get; init; } = 90;

    /// <summary>The longest suspension; past it unresolved, the certificate is withdrawn. Default 6 months; 1 to 12 months.</summary>
    public Period SuspensionCap { get; init; } = Period.FromMonths(6);

    /// <summary>When surveillance audits fall due. Default <see cref="SurveillanceTiming.AnniversaryOfDecision"/>.</summary>
    public SurveillanceTiming SurveillanceTiming { get; init; } = SurveillanceTiming.AnniversaryOfDecision;

    /// <summary>Days before a surveillance or recertification due date from which it is reported as due. Default 90; 0 to 180.</summary>
    public int DueWindowDays { get; init; } = 90;

    /// <summary>
    /// Days before expiry by which the recertification audit should be held so the decision can be taken in time.
    /// Default 60; 0 to 180.
    /// </summary>
    public int RecertificationAuditLeadDays { get; init; } = 60;

    /// <summary>The time zone in which instants become calendar dates. Default UTC.</summary>
    [CompareBy(nameof(DateTimeZone.Id))]
    public DateTimeZone TimeZone { get; init; } = DateTimeZone.Utc;

    /// <summary>Checks every option against its documented range.</summary>
    /// <exception cref="CertificationException">
    /// An option is out of range (<c>ISMS-CERT-006</c>): <see cref="IsmsException.Member"/> names the option (e.g.
    /// <c>SuspensionCap</c>) and <see cref="IsmsException.Value"/> gives its value. A period with a time part
    /// (<c>PT1H</c>), a negative part, or one far beyond its limit (<c>P8000Y</c>, <c>P2147483647D</c>) is out of range.
    /// </exception>
    public void Validate()
    {
        if (MaxStage1ToStage2Interval is { } interval)
        {
            MonthsAtMost12(nameof(MaxStage1ToStage2Interval), interval, "between 1 day and 12 months, or null (no limit)");
        }

        Range(nameof(DaysToCloseMajors), DaysToCloseMajors, 1, 180);
        Range(nameof(DueWindowDays), DueWindowDays, 0, 180);
        Range(nameof(RecertificationAuditLeadDays), RecertificationAuditLeadDays, 0, 180);
        if (SuspensionCap is null)
        {
            Fail(nameof(SuspensionCap), null, "between 1 day and 12 months");
        }

        MonthsAtMost12(nameof(SuspensionCap), SuspensionCap, "between 1 day and 12 months");
        if (!Enum.IsDefined(SurveillanceTiming))
        {
            Fail(nameof(SurveillanceTiming), SurveillanceTiming.ToString(), "one of " + string.Join(", ", Enum.GetNames<SurveillanceTiming>()));
        }

        if (TimeZone is null)
        {
            Fail(nameof(TimeZone), null, "a time zone");
        }

        if (string.IsNullOrWhiteSpace(CertificationBodyName))
        {
            Fail(nameof(CertificationBodyName), CertificationBodyName, "a name");
        }
    }

    /// <summary>
    /// A period of whole days, weeks, months or years that lands between 1 day and 12 months after any day. Its parts are
    /// bounded before any date arithmetic, so no value can overflow NodaTime's calendar.
    /// </summary>
    private static void MonthsAtMost12(string name, Period period, string expected)
    {
        var datePartsOnly = !period.HasTimeComponent;
        var partsInRange = period.Years is >= 0 and <= 1 && period.Months is >= 0 and <= 12 && period.Weeks is >= 0 and <= 53 && period.Days is >= 0 and <= 366;
        if (!datePartsOnly || !partsInRange)
        {
            Fail(name, period.ToString(), expected + (datePartsOnly ? string.Empty : " (days, weeks, months or years only, no hours)"));
        }

        var reference = new LocalDate(2000, 1, 1);
        var end = reference.Plus(period);
        if (end <= reference || end > reference.PlusMonths(12))
        {
            Fail(name, period.ToString(), expected);
        }
    }

    private static void Range(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Fail(name, value.ToString(CultureInfo.InvariantCulture), $"{min} to {max}");
        }
    }

    [DoesNotReturn]
    private static void Fail(string name, string? value, string expected) =>
        throw Require.Fail(
            CertificationErrorCodes.InvalidPolicy,
            nameof(CertificationBodyPolicy),
            name,
            value,
            $"CertificationBodyPolicy.{name} must be {expected}, was {value ?? "null"}.");
}
