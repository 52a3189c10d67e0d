namespace Isms.Certification.Certificates;

/// <summary>A certificate number as printed on the certificate (e.g. "ISMS-2024-0042").</summary>
/// <threadsafety>This type is an immutable value type; instances are safe to share between threads.</threadsafety>
public readonly record struct CertificateNumber
{
    /// <summary>Creates a certificate number.</summary>
    /// <param name="value">The number, not empty.</param>
    /// <exception cref="CertificationException">An empty number (<c>ISMS-CERT-005</c>).</exception>
    public CertificateNumber(string value) => Value = Require.Text(value, CertificationErrorCodes.InvalidCertificate, nameof(CertificateNumber), nameof(Value));

    /// <summary>The number.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
