using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>The <c>certification-record</c> document, schema version 1: the policy the record is run under, the application, the opening instant and the history (the record is rebuilt by replaying it), and the derived current state (checked against the replay).</summary>
internal sealed record CertificationRecordDto : DocumentDto
{
    /// <summary>The certification body's policy the history was recorded under and is replayed with.</summary>
    public required CertificationPolicyDto Policy { get; init; }

    /// <summary>The application the record started from.</summary>
    public required CertificationApplicationDto Application { get; init; }

    /// <summary>When the application was received.</summary>
    public required Instant OpenedAt { get; init; }

    /// <summary>Every transition, in order.</summary>
    public required IReadOnlyList<CertificationEventDto> History { get; init; }

    /// <summary>Derived from the history (read-only redundancy for people and tools that do not replay); checked on read.</summary>
    public required CertificationCurrentDto Current { get; init; }
}
