namespace Isms.Core;

/// <summary>
/// The identifier of a finding of an internal audit (clause 9.2.2): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>FIN-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct FindingId : IEntityId, IComparable<FindingId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public FindingId(string value)
    {
        Value = Check.Id(value, nameof(FindingId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(FindingId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
