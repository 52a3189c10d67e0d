namespace Isms.Core;

/// <summary>
/// The identifier of a control test: a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>CT-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct ControlTestId : IEntityId, IComparable<ControlTestId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public ControlTestId(string value)
    {
        Value = Check.Id(value, nameof(ControlTestId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(ControlTestId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
