namespace Isms.Core.Context;

/// <summary>
/// The context of the organisation: internal and external issues, interested parties and their requirements.
/// The register of legal, statutory, regulatory and contractual obligations is <see cref="Obligations"/>.
/// <para>ISO/IEC 27001:2022 clauses 4.1 and 4.2.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OrganisationalContext
{
    /// <summary>An empty context.</summary>
    public static OrganisationalContext Empty { get; } = new();

    /// <summary>The internal and external issues (clause 4.1).</summary>
    public Register<IssueId, ContextIssue> Issues { get; init => field = value ?? Register<IssueId, ContextIssue>.Empty; } = Register<IssueId, ContextIssue>.Empty;

    /// <summary>The interested parties (clause 4.2 a).</summary>
    public Register<InterestedPartyId, InterestedParty> InterestedParties { get; init => field = value ?? Register<InterestedPartyId, InterestedParty>.Empty; } = Register<InterestedPartyId, InterestedParty>.Empty;

    /// <summary>Their requirements (clause 4.2 b, c), including the legal, statutory, regulatory and contractual obligations.</summary>
    public Register<RequirementId, Requirement> Requirements { get; init => field = value ?? Register<RequirementId, Requirement>.Empty; } = Register<RequirementId, Requirement>.Empty;

    /// <summary>The register of legal, statutory, regulatory and contractual obligations (Annex A 5.31).</summary>
    public IEnumerable<Requirement> Obligations => Requirements.Where(r => r.IsObligation);

    /// <summary>True when climate change was considered as an issue (relevant or not), as Amd 1:2024 requires.</summary>
    public bool ClimateChangeDetermined => Issues.Any(i => i.Kind == IssueKind.ClimateChange);
}
