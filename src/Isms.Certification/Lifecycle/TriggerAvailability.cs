using System.Collections.Immutable;

namespace Isms.Certification.Lifecycle;

/// <summary>Whether a trigger can fire on a record now, and if not, the guards that block it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="IsPermitted">True when the trigger can fire (payload checks aside).</param>
/// <param name="UnmetGuards">The descriptions of the unmet guards; empty when permitted, or when the state does not accept the trigger at all.</param>
/// <param name="IsTimeDriven">True for a trigger fired by the passing of time.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record TriggerAvailability(CertificationTrigger Trigger, bool IsPermitted, ImmutableArray<string> UnmetGuards, bool IsTimeDriven)
{
}
