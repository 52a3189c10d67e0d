using Isms.Certification.Applications;
using NodaTime;

namespace Isms.Certification.Certificates;

/// <summary>An ISO/IEC 27001 certificate: number, issuing body, scope, edition, issue and expiry dates.</summary>
/// <remarks>
/// <para>ISO/IEC 17021-1:2015 clause 8.2 (certification documents). The expiry is three years after the initial
/// certification decision; a recertification decided before expiry continues from the previous expiry.</para>
/// <para>Validity also depends on the record: a suspended, withdrawn or expired certification is not valid
/// whatever the dates say. Ask <see cref="Lifecycle.CertificationRecord.IsCertificateValidOn"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record Certificate
{
    /// <summary>Creates and validates a certificate.</summary>
    /// <param name="number">The certificate number.</param>
    /// <param name="certificationBody">The issuing certification body.</param>
    /// <param name="scope">The certified scope.</param>
    /// <param name="edition">The edition of ISO/IEC 27001.</param>
    /// <param name="issueDate">The issue (effective) date of this version of the certificate.</param>
    /// <param name="expiryDate">The expiry date, after <paramref name="issueDate"/>.</param>
    /// <param name="cycleStart">The certification decision that started the current three-year cycle.</param>
    /// <exception cref="CertificationException">Expiry not after issue, or an empty field (<c>ISMS-CERT-005</c>).</exception>
    public Certificate(CertificateNumber number, string certificationBody, string scope, StandardEdition edition, LocalDate issueDate, LocalDate expiryDate, LocalDate cycleStart)
    {
        const string Code = CertificationErrorCodes.InvalidCertificate;
        if (number.Value is null)
        {
            throw Require.Fail(Code, nameof(Certificate), nameof(Number), null, "Certificate.Number must not be empty.");
        }

        Require.Text(certificationBody, Code, nameof(Certificate), nameof(CertificationBody));
        Require.Text(scope, Code, nameof(Certificate), nameof(Scope));
        Require.Defined(edition, Code, nameof(Certificate), nameof(Edition));
        if (expiryDate <= issueDate)
        {
            throw Require.Fail(
                Code,
                nameof(Certificate),
                nameof(ExpiryDate),
                Require.Day(expiryDate),
                $"Certificate {number}: ExpiryDate {Require.Day(expiryDate)} must be after IssueDate {Require.Day(issueDate)}.");
        }

        Number = number;
        CertificationBody = certificationBody;
        Scope = scope;
        Edition = edition;
        IssueDate = issueDate;
        ExpiryDate = expiryDate;
        CycleStart = cycleStart;
    }

    /// <summary>The certificate number.</summary>
    public CertificateNumber Number { get; init; }

    /// <summary>The issuing certification body.</summary>
    public string CertificationBody { get; init; }

    /// <summary>The certified scope.</summary>
    public string Scope { get; init; }

    /// <summary>The edition of ISO/IEC 27001.</summary>
    public StandardEdition Edition { get; init; }

    /// <summary>The issue (effective) date of this version of the certificate.</summary>
    public LocalDate IssueDate { get; init; }

    /// <summary>The expiry date: the certificate is valid up to and including this day.</summary>
    public LocalDate ExpiryDate { get; init; }

    /// <summary>The certification decision that started the current three-year cycle.</summary>
    public LocalDate CycleStart { get; init; }
}
