using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Risk.Scoring;

namespace Isms.Risk.Scoring;

/// <summary>A risk of the register with its score and its consistency findings.</summary>
/// <param name="Scenario">The risk as registered.</param>
/// <param name="Score">Its score, with the explanation.</param>
/// <param name="Findings">Its consistency findings.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record ScoredRisk(RiskScenario Scenario, RiskScore Score, ImmutableArray<RiskFinding> Findings)
{
    /// <summary>The risk's id.</summary>
    public RiskId Id => Scenario.Id;
}
