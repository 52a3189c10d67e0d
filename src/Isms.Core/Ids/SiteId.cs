namespace Isms.Core;

/// <summary>
/// The identifier of a site (location) of the organisation (certification application; clause 4.3): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>BER</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct SiteId : IEntityId, IComparable<SiteId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public SiteId(string value)
    {
        Value = Check.Id(value, nameof(SiteId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(SiteId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
