using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// An ordinal scale of 2 to 10 levels, lowest first, for likelihood or consequence.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 a: risk criteria; 6.1.2 b: consistent, valid and comparable results.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class RiskScale
{
    /// <summary>The fewest levels a scale may have.</summary>
    public const int MinimumLevels = 2;

    /// <summary>The most levels a scale may have.</summary>
    public const int MaximumLevels = 10;

    /// <summary>Creates a scale.</summary>
    /// <param name="name">The scale's name, e.g. <c>Likelihood</c> or <c>Financial impact</c>.</param>
    /// <param name="levels">The levels, lowest first; 2 to 10 of them, names unique.</param>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 10 levels, or a repeated name.</exception>
    public RiskScale(string name, IEnumerable<ScaleLevel> levels)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(levels);
        Check.WellFormed(name, "RiskScale.Name");
        Levels = [.. levels];
        if (Levels.Length is < MinimumLevels or > MaximumLevels)
        {
            throw new ArgumentException(
                $"Scale '{name}' has {Levels.Length} levels; a scale has {MinimumLevels} to {MaximumLevels}.", nameof(levels));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in Levels)
        {
            Guard.Against.Null(level, nameof(levels));
            if (!names.Add(level.Name))
            {
                throw new ArgumentException($"Scale '{name}' has level '{level.Name}' twice.", nameof(levels));
            }
        }

        Name = name;
    }

    /// <summary>The scale's name.</summary>
    public string Name { get; }

    /// <summary>The levels, lowest first. Level <c>n</c> (1-based) is <c>Levels[n - 1]</c>.</summary>
    public ImmutableArray<ScaleLevel> Levels { get; }

    /// <summary>The number of levels.</summary>
    public int Count => Levels.Length;

    /// <summary>True when <paramref name="value"/> (1-based) is a level of this scale.</summary>
    public bool Contains(int value) => value >= 1 && value <= Levels.Length;

    /// <summary>The level at a 1-based position.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is not on the scale.</exception>
    public ScaleLevel this[int value] =>
        Contains(value)
            ? Levels[value - 1]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Scale '{Name}' has levels 1 to {Levels.Length}.");
}
