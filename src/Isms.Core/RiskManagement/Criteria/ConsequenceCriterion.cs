using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// A criterion on which the consequence of a risk is assessed: the information security properties
/// (<see cref="Confidentiality"/>, <see cref="Integrity"/>, <see cref="Availability"/>) or criteria the organisation
/// adds, such as <c>Financial</c>, <c>Legal</c> or <c>Reputational</c>. Compared by name, ignoring case.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 c 1: risks associated with the loss of confidentiality, integrity and
/// availability; clause 6.1.2 d 1: the potential consequences.</para>
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly struct ConsequenceCriterion : IEquatable<ConsequenceCriterion>
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="name">The criterion's name, e.g. <c>Financial</c>; not empty.</param>
    public ConsequenceCriterion(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Check.WellFormed(name, "ConsequenceCriterion.Name");
        Name = name.Trim();
    }

    /// <summary>Loss of confidentiality.</summary>
    public static ConsequenceCriterion Confidentiality => new("Confidentiality");

    /// <summary>Loss of integrity.</summary>
    public static ConsequenceCriterion Integrity => new("Integrity");

    /// <summary>Loss of availability.</summary>
    public static ConsequenceCriterion Availability => new("Availability");

    /// <summary>The criterion's name.</summary>
    public string Name { get; }

    /// <summary>True when both criteria have the same name, ignoring case.</summary>
    public static bool operator ==(ConsequenceCriterion left, ConsequenceCriterion right) => left.Equals(right);

    /// <summary>True when the criteria have different names, ignoring case.</summary>
    public static bool operator !=(ConsequenceCriterion left, ConsequenceCriterion right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ConsequenceCriterion other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConsequenceCriterion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name ?? string.Empty;
}
