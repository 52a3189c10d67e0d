namespace Isms.Core;

/// <summary>
/// The identifier of an organisational role with information security responsibilities and authorities (clause 5.3): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>ROL-001</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct RoleId : IEntityId, IComparable<RoleId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public RoleId(string value)
    {
        Value = Check.Id(value, nameof(RoleId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(RoleId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
