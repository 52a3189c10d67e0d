using NodaTime;

namespace Isms.Core.Applicability;

/// <summary>The version of an approved Statement of Applicability: version label, approver and approval date.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d, 7.5.2 (identification, review and approval), 7.5.3 (version control).</para></summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SoaVersion
{
    /// <summary>The version label, e.g. <c>3.0</c>.</summary>
    public required string Version { get; init => field = Check.Text(value, "SoaVersion.Version"); }

    /// <summary>Who approved this version.</summary>
    public required PersonId ApprovedBy { get; init => field = Check.Id(value, "SoaVersion.ApprovedBy"); }

    /// <summary>When it was approved.</summary>
    public required LocalDate ApprovedOn { get; init; }

    /// <summary>What changed in this version.</summary>
    public string? ChangeSummary { get; init => field = Check.OptionalText(value, "SoaVersion.ChangeSummary"); }
}
