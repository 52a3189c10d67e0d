using Ardalis.GuardClauses;
using Isms.Certification.Certificates;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The transfer of a certificate to another certification body after its pre-transfer review.</summary>
/// <remarks><para>IAF MD 2 (transfer of accredited certification): valid certificates only, never suspended ones; the
/// accepting body continues the existing cycle.</para></remarks>
/// <param name="ReviewedOn">The day the accepting body completed its pre-transfer review.</param>
/// <param name="Reviewer">Who performed the pre-transfer review.</param>
/// <param name="NewCertificationBody">The accepting certification body.</param>
/// <param name="NewCertificateNumber">The number of the certificate the accepting body issues.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record TransferRequest(LocalDate ReviewedOn, string Reviewer, string NewCertificationBody, CertificateNumber NewCertificateNumber) : TriggerPayload
{
    /// <summary>Who performed the pre-transfer review.</summary>
    public string Reviewer { get; init; } = Guard.Against.NullOrWhiteSpace(Reviewer);

    /// <summary>The accepting certification body.</summary>
    public string NewCertificationBody { get; init; } = Guard.Against.NullOrWhiteSpace(NewCertificationBody);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => ReviewedOn;
}
