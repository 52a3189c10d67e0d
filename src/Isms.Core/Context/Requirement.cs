namespace Isms.Core.Context;

/// <summary>
/// A requirement of an interested party relevant to information security, and whether the ISMS addresses it.
/// <para>ISO/IEC 27001:2022 clause 4.2 b and c (which of these requirements will be addressed through the ISMS);
/// Annex A 5.31 (legal, statutory, regulatory and contractual requirements).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Requirement : IEntity<RequirementId>
{
    /// <summary>The requirement's id.</summary>
    public required RequirementId Id { get; init => field = Check.Id(value, "Requirement.Id"); }

    /// <summary>The interested party that has the requirement.</summary>
    public required InterestedPartyId Party { get; init => field = Check.Id(value, "Requirement.Party"); }

    /// <summary>The requirement, e.g. <c>Report major ICT incidents within 4 hours</c>.</summary>
    public required string Description { get; init => field = Check.Text(value, "Requirement.Description"); }

    /// <summary>The kind: legal, statutory, regulatory, contractual or an expectation.</summary>
    public required RequirementKind Kind { get; init; }

    /// <summary>The source reference, e.g. <c>GDPR Art. 32</c> or <c>MSA ACME-2024 §12</c>.</summary>
    public string? Reference { get; init => field = Check.OptionalText(value, "Requirement.Reference"); }

    /// <summary>True when the requirement is addressed through the ISMS (clause 4.2 c).</summary>
    public bool AddressedByIsms { get; init; } = true;

    /// <summary>True for legal, statutory, regulatory and contractual requirements: entries of the obligations register.</summary>
    public bool IsObligation => Kind is not RequirementKind.Expectation;
}
