using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs;

/// <summary>
/// The identifier of a control within a catalog, as the catalog spells it: <c>5.1</c> or <c>8.34</c> in
/// ISO/IEC 27001:2022 Annex A, <c>A.5.1.1</c> in the 2013 edition, <c>PR.AC-1</c> in a vendor's catalog.
/// </summary>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly record struct ControlId
{
    /// <summary>Creates a control id.</summary>
    /// <param name="value">The id as the catalog spells it; not empty, no surrounding white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, white space or padded.</exception>
    public ControlId(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        Check.WellFormed(value, "ControlId");
        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"Control id '{value}' has surrounding white space.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The id as the catalog spells it.</summary>
    public string Value { get; }

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value ?? string.Empty;
}
