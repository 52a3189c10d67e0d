namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// A position on the risk matrix's ordered risk levels, 1 being the lowest (e.g. 2 = Medium on Low, Medium, High).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 3: the level of risk.</para>
/// </summary>
/// <param name="Value">The 1-based position among the risk levels.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct RiskLevel(int Value) : IComparable<RiskLevel>
{
    /// <inheritdoc />
    public int CompareTo(RiskLevel other) => Value.CompareTo(other.Value);

    /// <summary>Returns the level as a number, e.g. <c>3</c>.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
