using NodaTime;

namespace Isms.Core.Controls;

/// <summary>
/// A reference to evidence that a control operates: a document of the register, a ticket, a report, a log export.
/// The evidence itself stays where it is; the ISMS keeps the reference.
/// <para>ISO/IEC 27001:2022 clause 7.5.3, 8.1 (confidence that processes were carried out as planned).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceReference
{
    /// <summary>What the evidence shows, e.g. <c>Q3 access review sign-off</c>.</summary>
    public required string Description { get; init => field = Check.Text(value, "EvidenceReference.Description"); }

    /// <summary>Where it is: a URL, ticket key or path.</summary>
    public string? Location { get; init => field = Check.OptionalText(value, "EvidenceReference.Location"); }

    /// <summary>The document in the documented information register, when the evidence is one.</summary>
    public DocumentId? Document { get; init => field = Check.OptionalId(value, "EvidenceReference.Document"); }

    /// <summary>When the evidence was produced or collected.</summary>
    public LocalDate? CollectedOn { get; init; }
}
