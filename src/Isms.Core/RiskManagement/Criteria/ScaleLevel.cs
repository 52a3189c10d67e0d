using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// One level of an ordinal scale (likelihood or consequence) as the organisation's risk criteria define it:
/// e.g. <c>Likely (L4), value 4, "expected to occur at least once a year", #f97316</c>.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 a: risk criteria.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScaleLevel
{
    /// <summary>Creates a scale level.</summary>
    /// <param name="name">The level's name, e.g. <c>Likely</c>.</param>
    /// <param name="abbreviation">A short label for matrices and reports, e.g. <c>L4</c> or <c>VH</c>.</param>
    /// <param name="value">The numeric value used by semi-quantitative methods (finite).</param>
    /// <param name="description">What the level means, so assessors rate consistently.</param>
    /// <param name="colour">A display colour as <c>#rrggbb</c>.</param>
    public ScaleLevel(string name, string abbreviation, double value, string description, string colour)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(abbreviation);
        Guard.Against.NullOrWhiteSpace(colour);
        Guard.Against.Null(description);
        Check.WellFormed(description, "ScaleLevel.Description");
        Check.WellFormed(colour, "ScaleLevel.Colour");
        Check.WellFormed(abbreviation, "ScaleLevel.Abbreviation");
        Check.WellFormed(name, "ScaleLevel.Name");
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Scale level '{name}': value {value} is not a finite number.", nameof(value));
        }

        Name = name;
        Abbreviation = abbreviation;
        Value = value;
        Description = description;
        Colour = colour;
    }

    /// <summary>The level's name.</summary>
    public string Name { get; }

    /// <summary>A short label for matrices and reports.</summary>
    public string Abbreviation { get; }

    /// <summary>The numeric value used by semi-quantitative methods.</summary>
    public double Value { get; }

    /// <summary>What the level means.</summary>
    public string Description { get; }

    /// <summary>The display colour as <c>#rrggbb</c>.</summary>
    public string Colour { get; }

    /// <summary>
    /// The band of a semi-quantitative scale the level stands for (e.g. <c>80-95</c> on NIST SP 800-30's 0-100 scale),
    /// or null when the methodology has none.
    /// </summary>
    public SemiQuantitativeRange? Range { get; init; }
}
