using System.Collections.Immutable;
using Isms.Core.RiskManagement;

namespace Isms.Risk.Scoring;

/// <summary>
/// One risk as the explainable scoring path reads it, independent of how a register stores it. Build it from a
/// register with the register scorer, or directly.
/// </summary>
/// <param name="RiskId">The risk's id (named in results and errors).</param>
/// <param name="Inherent">The inherent assessment (before any control).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record RiskScoringInput(string RiskId, RiskAssessment Inherent)
{
    /// <summary>The risk owner, or null when none is named.</summary>
    public string? Owner { get; init; }

    /// <summary>The current assessment (with the controls in place), or null: as inherent.</summary>
    public RiskAssessment? Current { get; init; }

    /// <summary>The residual assessment, or null: derived from <see cref="Controls"/>.</summary>
    public RiskAssessment? Residual { get; init; }

    /// <summary>The applied controls' effects, used to derive the residual.</summary>
    public ImmutableArray<ControlReduction> Controls { get; init; } = [];

    /// <summary>The risk owner's acceptance, or null.</summary>
    public AcceptanceInput? Acceptance { get; init; }
}
