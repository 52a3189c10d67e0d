using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Controls;
using Isms.Core.RiskManagement;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Methodology;

/// <summary>
/// A change of methodology: the register restated on the new scales by declared level correspondences, scored under
/// both, with the differences per risk. The old register is untouched; adopt <see cref="Restated"/> explicitly.
/// Control effects are in levels of the organisation's scales and are not restated: review them with the change.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 a-b (criteria; consistent, valid and comparable results), 7.5.3 (changes).</para>
/// </summary>
/// <param name="Correspondence">The declared correspondences (old and new criteria).</param>
/// <param name="Restated">The register restated on the new scales.</param>
/// <param name="Before">The register scored under the old criteria.</param>
/// <param name="After">The restated register scored under the new criteria.</param>
/// <param name="Risks">Each risk scored both before and after, in register order (a risk that could not be scored under
/// either criteria is in <see cref="ScoredRegister.NotScored"/> of <paramref name="Before"/> or <paramref name="After"/>).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record MethodologyChange(
    LevelCorrespondence Correspondence,
    RiskRegister Restated,
    ScoredRegister Before,
    ScoredRegister After,
    ImmutableArray<RiskRestatement> Risks)
{
    /// <summary>The risks whose level or evaluation changed.</summary>
    public ImmutableArray<RiskRestatement> Changed => [.. Risks.Where(r => r.Changed)];

    /// <summary>Restates and re-scores a register under new criteria.</summary>
    /// <param name="register">The register (on the old scales).</param>
    /// <param name="controls">The applied controls.</param>
    /// <param name="correspondence">The declared correspondences from the old criteria to the new.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="Isms.Risk.RiskScoringException">Risks have levels off the old scales, so they cannot be restated:
    /// every such level is listed (<see cref="Isms.Core.IsmsErrorCodes.AssessmentOutsideScale"/>, entity id the risk,
    /// member e.g. <c>Current.Likelihood</c>). A restatement is all or nothing: nothing is restated.</exception>
    public static MethodologyChange Restate(RiskRegister register, IEnumerable<AppliedControl> controls, LevelCorrespondence correspondence, LocalDate asOf)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(controls);
        Guard.Against.Null(correspondence);
        var controlList = controls.ToList();
        var before = RegisterScorer.Score(register, controlList, correspondence.From, asOf);
        var offScale = before.NotScored.SelectMany(r => r.Errors).Where(e => e.Code == Isms.Core.IsmsErrorCodes.AssessmentOutsideScale).ToList();
        if (offScale.Count > 0)
        {
            throw new RiskScoringException(offScale);
        }

        var restated = RiskRegister.Of(register.Select(r => r with
        {
            Inherent = correspondence.Map(r.Inherent),
            Current = r.Current is { } c ? correspondence.Map(c) : null,
            Residual = r.Residual is { } x ? correspondence.Map(x) : null,
            Acceptance = r.Acceptance is { } a ? a with { AcceptedAssessment = correspondence.Map(a.AcceptedAssessment) } : null,
        }));
        var after = RegisterScorer.Score(restated, controlList, correspondence.To, asOf);
        var afterById = after.Risks.ToDictionary(r => r.Id);
        var risks = before.Risks.Where(b => afterById.ContainsKey(b.Id)).Select(b => new RiskRestatement(b.Id, b, afterById[b.Id])).ToImmutableArray();
        return new MethodologyChange(correspondence, restated, before, after, risks);
    }
}
