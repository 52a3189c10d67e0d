namespace Isms.Core;

/// <summary>
/// The identifier of a corrective action taken on a nonconformity (clause 10.2 c): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>COR-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct CorrectiveActionId : IEntityId, IComparable<CorrectiveActionId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public CorrectiveActionId(string value)
    {
        Value = Check.Id(value, nameof(CorrectiveActionId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(CorrectiveActionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
