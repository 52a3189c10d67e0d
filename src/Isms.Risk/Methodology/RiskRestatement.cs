using Isms.Core;
using Isms.Risk.Scoring;

namespace Isms.Risk.Methodology;

/// <summary>One risk before and after a methodology change.</summary>
/// <param name="RiskId">The risk.</param>
/// <param name="Before">Scored under the old criteria.</param>
/// <param name="After">Restated and scored under the new criteria.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskRestatement(RiskId RiskId, ScoredRisk Before, ScoredRisk After)
{
    /// <summary>True when the current level's name or the evaluation changed.</summary>
    public bool Changed =>
        !string.Equals(Before.Score.Current.LevelName, After.Score.Current.LevelName, StringComparison.Ordinal)
        || !string.Equals(Before.Score.Residual.LevelName, After.Score.Residual.LevelName, StringComparison.Ordinal)
        || Before.Score.Evaluation != After.Score.Evaluation;

    /// <summary>Describes the change, e.g. <c>R-1: current High -> Very High, residual Medium -> Medium, NeedsTreatment -> NeedsTreatment</c>.</summary>
    public override string ToString() =>
        $"{RiskId}: inherent {Before.Score.Inherent.LevelName} -> {After.Score.Inherent.LevelName}, current {Before.Score.Current.LevelName} -> {After.Score.Current.LevelName}, residual {Before.Score.Residual.LevelName} -> {After.Score.Residual.LevelName}, {Before.Score.Evaluation} -> {After.Score.Evaluation}";
}
