using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Scoring;

/// <summary>
/// One stage of a scored risk, with what an auditor needs to follow it: the cell (likelihood x consequence), its
/// level and name, where the inputs came from, and the cell's score for formula methods.
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="Likelihood">The likelihood used.</param>
/// <param name="Consequence">The consequence used (combined when assessed per criterion).</param>
/// <param name="Level">The risk level.</param>
/// <param name="LevelName">The risk level's name, e.g. <c>High</c>.</param>
/// <param name="Source">Where the inputs came from.</param>
/// <param name="Score">The cell's score under a formula method, or null.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StageScore(RiskStage Stage, LikelihoodLevel Likelihood, ConsequenceLevel Consequence, RiskLevel Level, string LevelName, StageSource Source, double? Score);
