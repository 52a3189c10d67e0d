using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;

namespace Isms.Risk.Scoring;

/// <summary>
/// How many risks fall in each cell of the matrix at one stage (inherent, current or residual): the heat map.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RiskHeatMap
{
    private RiskHeatMap(RiskCriteria criteria, RiskStage stage, ImmutableArray<int> counts)
    {
        Criteria = criteria;
        Stage = stage;
        Counts = counts;
    }

    /// <summary>The criteria whose matrix this is.</summary>
    public RiskCriteria Criteria { get; }

    /// <summary>The stage counted.</summary>
    public RiskStage Stage { get; }

    /// <summary>The counts, row-major: <c>(likelihood - 1) * consequences + (consequence - 1)</c>.</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>The number of risks counted.</summary>
    public int Total => Counts.Sum();

    /// <summary>The number of risks in a cell.</summary>
    /// <param name="likelihood">The likelihood (row).</param>
    /// <param name="consequence">The consequence (column).</param>
    public int this[LikelihoodLevel likelihood, ConsequenceLevel consequence]
    {
        get
        {
            _ = Criteria.Matrix.LevelOf(likelihood, consequence);
            return Counts[((likelihood.Value - 1) * Criteria.Matrix.Consequence.Count) + consequence.Value - 1];
        }
    }

    /// <summary>Counts scored risks per cell.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="criteria">The criteria they were scored under.</param>
    /// <param name="stage">The stage to count.</param>
    public static RiskHeatMap Of(IEnumerable<RiskScore> scores, RiskCriteria criteria, RiskStage stage)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(criteria);
        var columns = criteria.Matrix.Consequence.Count;
        var counts = new int[criteria.Matrix.Likelihood.Count * columns];
        foreach (var score in scores)
        {
            var s = score[stage];
            counts[((s.Likelihood.Value - 1) * columns) + s.Consequence.Value - 1]++;
        }

        return new RiskHeatMap(criteria, stage, [.. counts]);
    }
}
