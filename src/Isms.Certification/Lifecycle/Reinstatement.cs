using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The lifting of a suspension once its cause is resolved.</summary>
/// <param name="EffectiveOn">The day the certificate is valid again.</param>
/// <param name="Basis">What resolved the cause (e.g. the special audit that verified the corrections).</param>
/// <exception cref="CertificationException">An empty basis (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record Reinstatement(LocalDate EffectiveOn, string Basis) : TriggerPayload
{
    /// <summary>What resolved the cause.</summary>
    public string Basis { get; init => field = Require.Text(value, CertificationErrorCodes.InvalidPayload, nameof(Reinstatement), nameof(Basis)); } =
        Require.Text(Basis, CertificationErrorCodes.InvalidPayload, nameof(Reinstatement), nameof(Basis));

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => EffectiveOn;
}
