namespace Isms.Core;

/// <summary>
/// The identifier of a planned change to the ISMS (clause 6.3): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>CHG-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct PlannedChangeId : IEntityId, IComparable<PlannedChangeId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public PlannedChangeId(string value)
    {
        Value = Check.Id(value, nameof(PlannedChangeId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(PlannedChangeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
