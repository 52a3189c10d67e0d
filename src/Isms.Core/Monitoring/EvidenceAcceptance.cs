using NodaTime;

namespace Isms.Core.Monitoring;

/// <summary>
/// A person's acceptance of an evidence item: they reviewed it and it shows what it claims. Until accepted, an item
/// (above all one an automated collector proposed) does not count for any control.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceAcceptance
{
    /// <summary>Who accepted it.</summary>
    public required PersonId AcceptedBy { get; init => field = Check.Id(value, "EvidenceAcceptance.AcceptedBy"); }

    /// <summary>When.</summary>
    public required LocalDate AcceptedOn { get; init; }

    /// <summary>What the reviewer noted, if anything.</summary>
    public string? Comment { get; init => field = Check.OptionalText(value, "EvidenceAcceptance.Comment"); }
}
