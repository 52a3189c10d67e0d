namespace Isms.Core;

/// <summary>
/// The identifier of an action of the risk treatment plan (clause 6.1.3 e): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>TRE-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct TreatmentActionId : IEntityId, IComparable<TreatmentActionId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public TreatmentActionId(string value)
    {
        Value = Check.Id(value, nameof(TreatmentActionId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(TreatmentActionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
