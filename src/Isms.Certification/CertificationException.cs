using System.Collections.Immutable;
using Isms.Core;

namespace Isms.Certification;

/// <summary>
/// A rule of the certification lifecycle was broken: a trigger not permitted in the record's state, dates in the
/// wrong order, an invalid audit plan or application. Carries a stable <see cref="IsmsException.Code"/> from
/// <see cref="CertificationErrorCodes"/>. The operation that throws leaves the record unchanged.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class CertificationException : IsmsException
{
    /// <summary>Creates an exception with a stable code and a message naming the field and value.</summary>
    /// <param name="code">A code from <see cref="CertificationErrorCodes"/>.</param>
    /// <param name="message">What was wrong.</param>
    public CertificationException(string code, string message)
        : base(code, message)
    {
        UnmetGuards = [];
    }

    /// <summary>Creates the exception for a trigger that is not permitted.</summary>
    /// <param name="code">A code from <see cref="CertificationErrorCodes"/>.</param>
    /// <param name="message">What was wrong.</param>
    /// <param name="state">The record's state when the trigger was refused.</param>
    /// <param name="trigger">The refused trigger.</param>
    /// <param name="unmetGuards">The descriptions of the guards that were not met (empty when the state does not accept the trigger at all).</param>
    public CertificationException(string code, string message, Lifecycle.CertificationState state, Lifecycle.CertificationTrigger trigger, IEnumerable<string> unmetGuards)
        : base(code, message)
    {
        State = state;
        Trigger = trigger;
        UnmetGuards = [.. unmetGuards];
    }

    /// <summary>The record's state when a trigger was refused, if the error is about a trigger.</summary>
    public Lifecycle.CertificationState? State { get; }

    /// <summary>The refused trigger, if the error is about a trigger.</summary>
    public Lifecycle.CertificationTrigger? Trigger { get; }

    /// <summary>The descriptions of the guards that were not met.</summary>
    public ImmutableArray<string> UnmetGuards { get; }
}
