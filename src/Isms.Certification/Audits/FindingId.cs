using Ardalis.GuardClauses;

namespace Isms.Certification.Audits;

/// <summary>The identifier of an audit finding, unique within a certification record (e.g. "S2-NC-01").</summary>
/// <threadsafety>This type is an immutable value type; instances are safe to share between threads.</threadsafety>
public readonly record struct FindingId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text, not empty.</param>
    public FindingId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
