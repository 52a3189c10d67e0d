using Ardalis.GuardClauses;

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
    public Stage1Gap(string code, string clause, string description)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Clause = Guard.Against.NullOrWhiteSpace(clause);
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>A stable code.</summary>
    public string Code { get; }

    /// <summary>The clause concerned.</summary>
    public string Clause { get; }

    /// <summary>What is missing.</summary>
    public string Description { get; }
}
