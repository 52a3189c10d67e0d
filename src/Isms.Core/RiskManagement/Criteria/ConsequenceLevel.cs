namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// A position on the organisation's consequence scale, 1 being the lowest level (e.g. 3 on a 5-level scale).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 1: the potential consequences should the risk materialise.</para>
/// </summary>
/// <param name="Value">The 1-based position on the consequence scale.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct ConsequenceLevel(int Value) : IComparable<ConsequenceLevel>
{
    /// <inheritdoc />
    public int CompareTo(ConsequenceLevel other) => Value.CompareTo(other.Value);

    /// <summary>Returns the level as a number, e.g. <c>3</c>.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
