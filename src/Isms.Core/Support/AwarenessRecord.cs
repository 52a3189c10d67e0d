using NodaTime;

namespace Isms.Core.Support;

/// <summary>
/// A record that a person completed an awareness activity (policy briefing, phishing training, onboarding).
/// <para>ISO/IEC 27001:2022 clause 7.3; Annex A 6.3.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AwarenessRecord : IEntity<AwarenessRecordId>
{
    /// <summary>The record's id.</summary>
    public required AwarenessRecordId Id { get; init => field = Check.Id(value, "AwarenessRecord.Id"); }

    /// <summary>The person.</summary>
    public required PersonId Person { get; init => field = Check.Id(value, "AwarenessRecord.Person"); }

    /// <summary>The topic, e.g. <c>Annual security awareness 2026</c>.</summary>
    public required string Topic { get; init => field = Check.Text(value, "AwarenessRecord.Topic"); }

    /// <summary>When it was completed.</summary>
    public required LocalDate CompletedOn { get; init; }
}
