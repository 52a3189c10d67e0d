namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// A position on the organisation's likelihood scale, 1 being the lowest level (e.g. 3 on a 5-level scale).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 2: the likelihood of the risk.</para>
/// </summary>
/// <param name="Value">The 1-based position on the likelihood scale.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct LikelihoodLevel(int Value) : IComparable<LikelihoodLevel>
{
    /// <inheritdoc />
    public int CompareTo(LikelihoodLevel other) => Value.CompareTo(other.Value);

    /// <summary>Returns the level as a number, e.g. <c>3</c>.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
