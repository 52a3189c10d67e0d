using NodaTime;
using System.Text.Json.Serialization;

namespace Isms.Serialization.Persistence;

/// <summary>The certification body policy of a <c>certification-record</c>: every option of <c>CertificationBodyPolicy</c>.</summary>
internal sealed record CertificationPolicyDto
{
    public required string CertificationBodyName { get; init; }

    /// <summary>Null: no limit. Always written (also when null), so a missing member is never read as "no limit".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required Period? MaxStage1ToStage2Interval { get; init; }

    public required int DaysToCloseMajors { get; init; }

    public required Period SuspensionCap { get; init; }

    public required string SurveillanceTiming { get; init; }

    public required int DueWindowDays { get; init; }

    public required int RecertificationAuditLeadDays { get; init; }

    /// <summary>An IANA (tzdb) time zone id, e.g. <c>UTC</c> or <c>Europe/London</c>.</summary>
    public required string TimeZone { get; init; }
}
