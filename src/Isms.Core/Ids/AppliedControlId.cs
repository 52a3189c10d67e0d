namespace Isms.Core;

/// <summary>
/// The identifier of an applied control: one of the organisation's own security measures (clause 6.1.3 b): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>APP-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct AppliedControlId : IEntityId, IComparable<AppliedControlId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public AppliedControlId(string value)
    {
        Value = Check.Id(value, nameof(AppliedControlId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(AppliedControlId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
