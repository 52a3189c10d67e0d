namespace Isms.Certification.Audits;

/// <summary>
/// A gap found at Stage 1 (an "area of concern"). Its shape matches a readiness finding of Isms.Core (a code, the
/// clause, a description), so a host can map the readiness analysis onto Stage 1 without this package depending on it.
/// </summary>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record Stage1Gap
{
    /// <summary>Creates a gap.</summary>
    /// <param name="code">A stable code, e.g. a readiness finding code.</param>
    /// <param name="clause">The clause concerned, e.g. "6.1.3 d".</param>
    /// <param name="description">What is missing.</param>
    /// <exception cref="CertificationException">An empty code, clause or description (<c>ISMS-CERT-008</c>).</exception>
    public Stage1Gap(string code, string clause, string description)
    {
        Code = Require.Text(code, CertificationErrorCodes.InvalidPayload, nameof(Stage1Gap), nameof(Code));
        Clause = Require.Text(clause, CertificationErrorCodes.InvalidPayload, nameof(Stage1Gap), nameof(Clause));
        Description = Require.Text(description, CertificationErrorCodes.InvalidPayload, nameof(Stage1Gap), nameof(Description));
    }

    /// <summary>A stable code.</summary>
    public string Code { get; }

    /// <summary>The clause concerned.</summary>
    public string Clause { get; }

    /// <summary>What is missing.</summary>
    public string Description { get; }
}
