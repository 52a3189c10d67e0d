namespace Isms.Core;

/// <summary>
/// The identifier of an information asset or other asset in the inventory (ISO/IEC 27001:2022 Annex A 5.9): a non-empty string without surrounding white space, chosen by the organisation
/// (e.g. <c>A-012</c>).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct AssetId : IEntityId, IComparable<AssetId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id; not empty, no surrounding white space.</param>
    /// <exception cref="IsmsException"><paramref name="value"/> is empty or padded (code <c>ISMS-CORE-001</c>).</exception>
    public AssetId(string value)
    {
        Value = Check.Id(value, nameof(AssetId));
    }

    /// <summary>The id as the organisation spells it.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public int CompareTo(AssetId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
