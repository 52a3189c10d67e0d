using NodaTime;

namespace Isms.Core.Leadership;

/// <summary>
/// The information security policy established by top management: its version, approval, the commitments clause
/// 5.2 requires, and the documented information that holds it.
/// <para>ISO/IEC 27001:2022 clause 5.2 a-g; Annex A 5.1.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record InformationSecurityPolicy
{
    /// <summary>The policy's title.</summary>
    public required string Title { get; init => field = Check.Text(value, "InformationSecurityPolicy.Title"); }

    /// <summary>The version, e.g. <c>2.1</c>.</summary>
    public required string Version { get; init => field = Check.Text(value, "InformationSecurityPolicy.Version"); }

    /// <summary>The document in the documented information register that holds the policy.</summary>
    public DocumentId? Document { get; init => field = Check.OptionalId(value, "InformationSecurityPolicy.Document"); }

    /// <summary>The member of top management who approved it; <see langword="null"/> while a draft.</summary>
    public PersonId? ApprovedBy { get; init => field = Check.OptionalId(value, "InformationSecurityPolicy.ApprovedBy"); }

    /// <summary>When it was approved.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>Includes information security objectives or the framework for setting them (5.2 b).</summary>
    public bool ProvidesObjectivesFramework { get; init; }

    /// <summary>Includes a commitment to satisfy applicable requirements (5.2 c).</summary>
    public bool CommitsToRequirements { get; init; }

    /// <summary>Includes a commitment to continual improvement of the ISMS (5.2 d).</summary>
    public bool CommitsToContinualImprovement { get; init; }

    /// <summary>When it was last communicated within the organisation (5.2 f).</summary>
    public LocalDate? CommunicatedOn { get; init; }

    /// <summary>True when approved (approver and date recorded).</summary>
    public bool IsApproved => ApprovedBy is not null && ApprovedOn is not null;
}
