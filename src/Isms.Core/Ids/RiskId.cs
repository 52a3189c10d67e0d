namespace Isms.Core;

/// <summary>
/// The identifier of a risk scenario in the risk register (clause 6.1.2): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>R-007</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct RiskId : IEntityId, IComparable<RiskId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public RiskId(string value)
    {
        Value = Check.Id(value, nameof(RiskId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(RiskId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
