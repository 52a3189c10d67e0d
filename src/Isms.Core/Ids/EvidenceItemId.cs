namespace Isms.Core;

/// <summary>
/// The identifier of an evidence item (clauses 7.5, 9.1): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>EV-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct EvidenceItemId : IEntityId, IComparable<EvidenceItemId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public EvidenceItemId(string value)
    {
        Value = Check.Id(value, nameof(EvidenceItemId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(EvidenceItemId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
