using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.RiskManagement;

namespace Isms.Risk.Scoring;

/// <summary>
/// A risk of the register that could not be scored (a level off the scales, an unknown consequence criterion, a link
/// to an applied control that does not exist...): every reason as data, and the same reasons as findings. The other
/// risks of the register are scored as usual.
/// </summary>
/// <param name="Scenario">The risk as registered.</param>
/// <param name="Errors">Why it cannot be scored: code, member, value (entity kind <c>RiskScenario</c>, entity id the risk's id).</param>
/// <param name="Findings">The same reasons as findings (severity Major, clause 6.1.2 d), in the same order.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record UnscoredRisk(RiskScenario Scenario, ImmutableArray<IsmsError> Errors, ImmutableArray<RiskFinding> Findings)
{
    /// <summary>The risk's id.</summary>
    public RiskId Id => Scenario.Id;
}
