using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// One of the risk matrix's ordered risk levels: e.g. <c>High (H), #dc2626, "treat within 3 months"</c>.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 3: determine the levels of risk.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskLevelDefinition
{
    /// <summary>Creates a risk level definition.</summary>
    /// <param name="name">The level's name, e.g. <c>High</c>.</param>
    /// <param name="abbreviation">A short label, e.g. <c>H</c>.</param>
    /// <param name="colour">A display colour as <c>#rrggbb</c>.</param>
    /// <param name="description">What the level requires of the organisation.</param>
    public RiskLevelDefinition(string name, string abbreviation, string colour, string description)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(abbreviation);
        Guard.Against.NullOrWhiteSpace(colour);
        Guard.Against.Null(description);
        Check.WellFormed(description, "RiskLevelDefinition.Description");
        Check.WellFormed(colour, "RiskLevelDefinition.Colour");
        Check.WellFormed(abbreviation, "RiskLevelDefinition.Abbreviation");
        Check.WellFormed(name, "RiskLevelDefinition.Name");
        Name = name;
        Abbreviation = abbreviation;
        Colour = colour;
        Description = description;
    }

    /// <summary>The level's name.</summary>
    public string Name { get; }

    /// <summary>A short label.</summary>
    public string Abbreviation { get; }

    /// <summary>The display colour as <c>#rrggbb</c>.</summary>
    public string Colour { get; }

    /// <summary>What the level requires of the organisation.</summary>
    public string Description { get; }

    /// <summary>The level's semi-quantitative value (e.g. <c>8</c> for High in NIST SP 800-30 Table I-3), or null.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public double? Value
    {
        get;
        init => field = value is { } v && !double.IsFinite(v)
            ? throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Risk level '{Name}': value {v} is not a finite number."), nameof(Value))
            : value;
    }

    /// <summary>The level's semi-quantitative band (e.g. <c>80-95</c> for High in NIST SP 800-30 Table I-3), or null.</summary>
    public SemiQuantitativeRange? Range { get; init; }
}
