using Ardalis.GuardClauses;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The suspension of a certificate: from when, why.</summary>
/// <param name="EffectiveOn">The first day of suspension.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">What happened, in words.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record SuspensionNotice(LocalDate EffectiveOn, SuspensionReason Reason, string Detail) : TriggerPayload
{
    /// <summary>What happened, in words.</summary>
    public string Detail { get; init; } = Guard.Against.NullOrWhiteSpace(Detail);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => EffectiveOn;
}
