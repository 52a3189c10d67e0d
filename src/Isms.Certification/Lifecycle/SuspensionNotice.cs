using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The suspension of a certificate: from when, why.</summary>
/// <param name="EffectiveOn">The first day of suspension.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">What happened, in words.</param>
/// <exception cref="CertificationException">An undefined reason or an empty detail (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record SuspensionNotice(LocalDate EffectiveOn, SuspensionReason Reason, string Detail) : TriggerPayload
{
    /// <summary>Why.</summary>
    public SuspensionReason Reason { get; init => field = Require.Defined(value, CertificationErrorCodes.InvalidPayload, nameof(SuspensionNotice), nameof(Reason)); } =
        Require.Defined(Reason, CertificationErrorCodes.InvalidPayload, nameof(SuspensionNotice), nameof(Reason));

    /// <summary>What happened, in words.</summary>
    public string Detail { get; init => field = Require.Text(value, CertificationErrorCodes.InvalidPayload, nameof(SuspensionNotice), nameof(Detail)); } =
        Require.Text(Detail, CertificationErrorCodes.InvalidPayload, nameof(SuspensionNotice), nameof(Detail));

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => EffectiveOn;
}
