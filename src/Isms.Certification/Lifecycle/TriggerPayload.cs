using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// What a parameterised trigger carries: an audit report, a decision, a reason. Stored with the event in the
/// record's history so that replaying the history rebuilds the record.
/// </summary>
/// <threadsafety>Every payload is an immutable value; instances are safe to share between threads.</threadsafety>
public abstract record TriggerPayload
{
    /// <summary>The day the payload takes effect (an audit's last day, a decision's date); rules are evaluated on it.</summary>
    public abstract LocalDate EffectiveDate { get; }
}
