using System.Collections.Immutable;
using System.Globalization;
using Isms.Certification.Lifecycle;
using Isms.Core;

namespace Isms.Certification;

/// <summary>
/// A rule of the certification lifecycle was broken: a trigger not permitted in the record's state, dates in the
/// wrong order, an invalid audit plan, application or payload, a policy option out of range. Carries its errors as
/// data (<see cref="IsmsException.Errors"/>: a code from <see cref="CertificationErrorCodes"/>, the entity kind, the
/// member and the offending value), and for a refused trigger the state, the trigger and the unmet guards; for an
/// event of a history being replayed, its index (<see cref="EventIndex"/>) with the original error as
/// <see cref="Exception.InnerException"/>. The operation that throws leaves the record unchanged.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class CertificationException : IsmsException
{
    /// <summary>Creates an exception for one broken rule.</summary>
    /// <param name="error">The error; its code is one of <see cref="CertificationErrorCodes"/>.</param>
    public CertificationException(IsmsError error)
        : base(error)
    {
        UnmetGuards = [];
    }

    /// <summary>Creates an exception for several broken rules (every issue of an audit plan).</summary>
    /// <param name="errors">The errors, at least one, in the order found.</param>
    /// <param name="message">A summary for people.</param>
    public CertificationException(IEnumerable<IsmsError> errors, string message)
        : base(errors, message)
    {
        UnmetGuards = [];
    }

    /// <summary>Creates the exception for a trigger that is not permitted.</summary>
    /// <param name="error">The error (code <see cref="CertificationErrorCodes.TriggerNotPermitted"/>).</param>
    /// <param name="state">The record's state when the trigger was refused.</param>
    /// <param name="trigger">The refused trigger.</param>
    /// <param name="unmetGuards">The descriptions of the guards that were not met (empty when the state does not accept the trigger at all).</param>
    public CertificationException(IsmsError error, CertificationState state, CertificationTrigger trigger, IEnumerable<string> unmetGuards)
        : base(error)
    {
        State = state;
        Trigger = trigger;
        UnmetGuards = [.. unmetGuards];
    }

    private CertificationException(CertificationException inner, int eventIndex, CertificationTrigger recordedTrigger)
        : base(
            inner.Errors,
            string.Create(CultureInfo.InvariantCulture, $"Replay: event {eventIndex} ({recordedTrigger}): {inner.Message}"),
            inner)
    {
        EventIndex = eventIndex;
        State = inner.State;
        Trigger = inner.Trigger;
        UnmetGuards = inner.UnmetGuards;
    }

    /// <summary>The record's state when a trigger was refused, if the error is about a trigger.</summary>
    public CertificationState? State { get; }

    /// <summary>The refused trigger, if the error is about a trigger.</summary>
    public CertificationTrigger? Trigger { get; }

    /// <summary>The descriptions of the guards that were not met.</summary>
    public ImmutableArray<string> UnmetGuards { get; }

    /// <summary>
    /// The index in the history of the event that failed to replay, or null when the error is not about replaying
    /// a history. The error that event raised is the <see cref="Exception.InnerException"/>; <see cref="IsmsException.Errors"/>
    /// are its errors.
    /// </summary>
    public int? EventIndex { get; }

    /// <summary>
    /// The exception for the event at <paramref name="eventIndex"/> of a history that failed to replay with
    /// <paramref name="inner"/>: the same errors, state, trigger and guards, the index, and <paramref name="inner"/> as
    /// the inner exception.
    /// </summary>
    /// <param name="inner">The error the event raised.</param>
    /// <param name="eventIndex">The index of the event in the history.</param>
    /// <param name="recordedTrigger">The trigger the event records.</param>
    internal static CertificationException AtEvent(CertificationException inner, int eventIndex, CertificationTrigger recordedTrigger) =>
        new(inner, eventIndex, recordedTrigger);
}
