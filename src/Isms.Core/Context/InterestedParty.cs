namespace Isms.Core.Context;

/// <summary>
/// An interested party relevant to the ISMS, e.g. <c>Card schemes (Visa, Mastercard)</c>; its requirements are
/// <see cref="Requirement"/> entities linking back to it.
/// <para>ISO/IEC 27001:2022 clause 4.2 a.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record InterestedParty : IEntity<InterestedPartyId>
{
    /// <summary>The party's id.</summary>
    public required InterestedPartyId Id { get; init => field = Check.Id(value, "InterestedParty.Id"); }

    /// <summary>The party's name.</summary>
    public required string Name { get; init => field = Check.Text(value, "InterestedParty.Name"); }

    /// <summary>The kind of party.</summary>
    public required InterestedPartyKind Kind { get; init; }

    /// <summary>Why the party is relevant to the ISMS.</summary>
    public string? Relevance { get; init => field = Check.OptionalText(value, "InterestedParty.Relevance"); }
}
