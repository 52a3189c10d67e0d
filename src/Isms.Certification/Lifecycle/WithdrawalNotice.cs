using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The withdrawal of a certificate: from when, why.</summary>
/// <param name="EffectiveOn">The day of withdrawal.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">What happened, in words.</param>
/// <exception cref="CertificationException">An undefined reason or an empty detail (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record WithdrawalNotice(LocalDate EffectiveOn, WithdrawalReason Reason, string Detail) : TriggerPayload
{
    /// <summary>Why.</summary>
    public WithdrawalReason Reason { get; init => field = Require.Defined(value, CertificationErrorCodes.InvalidPayload, nameof(WithdrawalNotice), nameof(Reason)); } =
        Require.Defined(Reason, CertificationErrorCodes.InvalidPayload, nameof(WithdrawalNotice), nameof(Reason));

    /// <summary>What happened, in words.</summary>
    public string Detail { get; init => field = Require.Text(value, CertificationErrorCodes.InvalidPayload, nameof(WithdrawalNotice), nameof(Detail)); } =
        Require.Text(Detail, CertificationErrorCodes.InvalidPayload, nameof(WithdrawalNotice), nameof(Detail));

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => EffectiveOn;
}
