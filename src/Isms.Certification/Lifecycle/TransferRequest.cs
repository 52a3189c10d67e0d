using Isms.Certification.Certificates;
using Isms.Core;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The transfer of a certificate to another certification body after its pre-transfer review.</summary>
/// <remarks><para>IAF MD 2 (transfer of accredited certification): valid certificates only, never suspended ones; the
/// accepting body continues the existing cycle.</para></remarks>
/// <param name="ReviewedOn">The day the accepting body completed its pre-transfer review.</param>
/// <param name="Reviewer">The person who performed the pre-transfer review.</param>
/// <param name="NewCertificationBody">The accepting certification body.</param>
/// <param name="NewCertificateNumber">The number of the certificate the accepting body issues.</param>
/// <exception cref="CertificationException">An empty reviewer, certification body or certificate number (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record TransferRequest(LocalDate ReviewedOn, PersonId Reviewer, string NewCertificationBody, CertificateNumber NewCertificateNumber) : TriggerPayload
{
    /// <summary>The person who performed the pre-transfer review.</summary>
    public PersonId Reviewer { get; init => field = Require.Person(value, CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), nameof(Reviewer)); } =
        Require.Person(Reviewer, CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), nameof(Reviewer));

    /// <summary>The accepting certification body.</summary>
    public string NewCertificationBody { get; init => field = Require.Text(value, CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), nameof(NewCertificationBody)); } =
        Require.Text(NewCertificationBody, CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), nameof(NewCertificationBody));

    /// <summary>The number of the certificate the accepting body issues.</summary>
    public CertificateNumber NewCertificateNumber { get; init => field = CheckNumber(value); } = CheckNumber(NewCertificateNumber);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => ReviewedOn;

    private static CertificateNumber CheckNumber(CertificateNumber value) =>
        value.Value is null
            ? throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(TransferRequest), nameof(NewCertificateNumber), null, "TransferRequest.NewCertificateNumber must not be empty.")
            : value;
}
