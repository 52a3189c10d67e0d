using System.Collections.Immutable;

namespace Isms.Risk.Quantitative;

/// <summary>A loss exceedance curve compared with a risk tolerance curve, at the tolerance curve's points and the exceedance curve's grid.</summary>
/// <remarks><para>ISO/IEC 27001:2022 clause 6.1.2 a 1 (acceptance criteria) and 6.1.2 e 1 (compare the results with the criteria).</para></remarks>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed class ToleranceComparison
{
    internal ToleranceComparison(string curveName, ImmutableArray<ToleranceCheck> checks)
    {
        CurveName = curveName;
        Checks = checks;
    }

    /// <summary>The tolerance curve's name.</summary>
    public string CurveName { get; }

    /// <summary>The checks, by increasing loss.</summary>
    public ImmutableArray<ToleranceCheck> Checks { get; }

    /// <summary>True when no check exceeds the tolerance.</summary>
    public bool IsWithinTolerance => Checks.All(c => !c.Exceeds);

    /// <summary>The checks where the simulated risk exceeds the tolerance.</summary>
    public IEnumerable<ToleranceCheck> Breaches => Checks.Where(c => c.Exceeds);
}
