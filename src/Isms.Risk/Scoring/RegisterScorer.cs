using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Controls;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// Scores an ISMS's risk register under its risk criteria: inherent, current and residual levels, the evaluation
/// against the acceptance criteria, treatment-option consistency and the consistency findings, each risk explained.
/// <para>How the residual is derived when not assessed: from the current assessment, each linked applied control
/// takes off its declared <see cref="ControlEffect"/> in levels, or, when it declares none, its measured
/// effectiveness counts (<see cref="RiskScorer"/>). When the current risk was assessed, only the planned controls
/// count (the applied ones are already in the current assessment); when it was not, applied and planned controls
/// count. Retired and not-effective controls reduce nothing. Levels never go below 1 and the residual is never above
/// current.</para>
/// <para>ISO/IEC 27001:2022 clauses 6.1.2 (risk assessment), 6.1.3 (treatment, acceptance), 8.2, 8.3.</para>
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class RegisterScorer
{
    /// <summary>Scores the ISMS's register under its risk criteria.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The evaluation date (acceptance validity).</param>
    /// <exception cref="RiskScoringException">A risk cannot be scored (a level off its scale, an acceptance not by the owner, an unknown control...): nothing is scored.</exception>
    public static ScoredRegister Score(InformationSecurityManagementSystem isms, LocalDate asOf)
    {
        Guard.Against.Null(isms);
        return Score(isms.Risks, isms.AppliedControls, isms.RiskCriteria, asOf, null);
    }

    /// <summary>Scores a register under risk criteria.</summary>
    /// <param name="register">The risks.</param>
    /// <param name="controls">The applied controls the risks refer to.</param>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="RiskScoringException">A risk cannot be scored: nothing is scored.</exception>
    public static ScoredRegister Score(RiskRegister register, IEnumerable<AppliedControl> controls, RiskCriteria criteria, LocalDate asOf) =>
        Score(register, controls, criteria, asOf, null);

    /// <summary>Scores a register under risk criteria.</summary>
    /// <param name="register">The risks.</param>
    /// <param name="controls">The applied controls the risks refer to.</param>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="formula">The formula matrix behind the criteria, or null.</param>
    /// <exception cref="RiskScoringException">A risk cannot be scored: nothing is scored.</exception>
    public static ScoredRegister Score(RiskRegister register, IEnumerable<AppliedControl> controls, RiskCriteria criteria, LocalDate asOf, FormulaMatrix? formula)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(controls);
        Guard.Against.Null(criteria);
        var scorer = new RiskScorer(criteria, formula);
        var lookup = Lookup(controls);
        var inputs = register.Select(r => ToInput(r, lookup)).ToList();
        var scores = scorer.ScoreAll(inputs, asOf);
        var risks = register.Select((r, i) => new ScoredRisk(r, scores[i], FindingsOf(r, scores[i], lookup, criteria, asOf))).ToImmutableArray();
        return new ScoredRegister(criteria, asOf, risks);
    }

    /// <summary>
    /// The consistency findings of a register, never throwing: a risk that cannot be scored is reported as an
    /// <see cref="FindingSeverity.Error"/> finding under its error code, the others are scored and checked.
    /// For the readiness analysis.
    /// </summary>
    /// <param name="register">The risks.</param>
    /// <param name="controls">The applied controls.</param>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="asOf">The evaluation date.</param>
    public static ImmutableArray<RiskFinding> Check(RiskRegister register, IEnumerable<AppliedControl> controls, RiskCriteria criteria, LocalDate asOf)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(controls);
        Guard.Against.Null(criteria);
        var scorer = new RiskScorer(criteria);
        var lookup = Lookup(controls);
        var findings = ImmutableArray.CreateBuilder<RiskFinding>();
        foreach (var risk in register)
        {
            try
            {
                var score = scorer.Score(ToInput(risk, lookup), asOf);
                findings.AddRange(FindingsOf(risk, score, lookup, criteria, asOf));
            }
            catch (RiskScoringException ex)
            {
                var code = ex.Code == RiskErrorCodes.AcceptanceNotByOwner ? RiskFindingCodes.AcceptanceNotByOwner : ex.Code;
                findings.Add(new RiskFinding(code, risk.Id, FindingSeverity.Error, ex.Message));
                findings.AddRange(StaticFindings(risk, asOf));
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>The ISMS's consistency findings (see <see cref="Check(RiskRegister, IEnumerable{AppliedControl}, RiskCriteria, LocalDate)"/>).</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The evaluation date.</param>
    public static ImmutableArray<RiskFinding> Check(InformationSecurityManagementSystem isms, LocalDate asOf)
    {
        Guard.Against.Null(isms);
        return Check(isms.Risks, isms.AppliedControls, isms.RiskCriteria, asOf);
    }

    /// <summary>
    /// The scoring input of a risk: its assessments, owner, acceptance and the reductions of its linked controls
    /// (see the type's remarks for which controls count).
    /// </summary>
    /// <param name="risk">The risk.</param>
    /// <param name="controls">The applied controls by id.</param>
    /// <exception cref="RiskScoringException">The risk refers to an applied control that does not exist.</exception>
    public static RiskScoringInput ToInput(RiskScenario risk, IReadOnlyDictionary<AppliedControlId, AppliedControl> controls)
    {
        Guard.Against.Null(risk);
        Guard.Against.Null(controls);
        var counted = risk.Current is null ? risk.AllControls : risk.PlannedControls;
        var reductions = ImmutableArray.CreateBuilder<ControlReduction>();
        foreach (var id in risk.AllControls)
        {
            if (!controls.TryGetValue(id, out var control))
            {
                throw new RiskScoringException(RiskErrorCodes.UnknownAppliedControl, risk.Id.Value, "AppliedControls", $"applied control '{id}' does not exist.");
            }
        }

        foreach (var id in counted.Distinct())
        {
            var control = controls[id];
            if (control.Status is ControlStatus.Retired or ControlStatus.NotEffective)
            {
                continue;
            }

            var effect = control.Effect;
            reductions.Add(effect.LikelihoodReduction > 0 || effect.ConsequenceReduction > 0
                ? new ControlReduction(id.Value, effect.LikelihoodReduction, effect.ConsequenceReduction)
                : new ControlReduction(id.Value, EffectivenessPercent: control.Effectiveness?.Value));
        }

        return new RiskScoringInput(risk.Id.Value, risk.Inherent)
        {
            Owner = risk.Owner.Value,
            Current = risk.Current,
            Residual = risk.Residual,
            Controls = reductions.ToImmutable(),
            Acceptance = risk.Acceptance is { } a ? new AcceptanceInput(a.AcceptedBy.Value, a.AcceptedOn, a.ExpiresOn, a.AcceptedAssessment) : null,
        };
    }

    internal static Dictionary<AppliedControlId, AppliedControl> Lookup(IEnumerable<AppliedControl> controls)
    {
        var lookup = new Dictionary<AppliedControlId, AppliedControl>();
        foreach (var control in controls)
        {
            lookup[control.Id] = control;
        }

        return lookup;
    }

    private static IEnumerable<RiskFinding> StaticFindings(RiskScenario risk, LocalDate asOf)
    {
        if (string.IsNullOrWhiteSpace(risk.Owner.Value))
        {
            yield return new RiskFinding(RiskFindingCodes.RiskWithoutOwner, risk.Id, FindingSeverity.Error, "the risk has no owner (ISO/IEC 27001:2022 6.1.2 c 2).");
        }

        if (risk.Acceptance is { } a)
        {
            if (a.ExpiresOn is null)
            {
                yield return new RiskFinding(RiskFindingCodes.AcceptanceWithoutExpiry, risk.Id, FindingSeverity.Warning, $"the acceptance by {a.AcceptedBy} on {Date(a.AcceptedOn)} has no expiry date; set a date to review it.");
            }
            else if (a.ExpiresOn < asOf)
            {
                yield return new RiskFinding(RiskFindingCodes.AcceptanceExpired, risk.Id, FindingSeverity.Warning, $"the acceptance by {a.AcceptedBy} expired on {Date(a.ExpiresOn.Value)}.");
            }
        }
    }

    private static ImmutableArray<RiskFinding> FindingsOf(RiskScenario risk, RiskScore score, IReadOnlyDictionary<AppliedControlId, AppliedControl> controls, RiskCriteria criteria, LocalDate asOf)
    {
        var f = ImmutableArray.CreateBuilder<RiskFinding>();
        var id = risk.Id;
        f.AddRange(StaticFindings(risk, asOf));
        if (risk.Acceptance is { } given && given.AcceptedOn > asOf)
        {
            f.Add(new RiskFinding(RiskFindingCodes.AcceptanceNotYetValid, id, FindingSeverity.Warning, $"the acceptance is dated {Date(given.AcceptedOn)}, after the evaluation date {Date(asOf)}."));
        }

        if ((score.Flags & RiskScoreFlags.AcceptanceMismatch) != 0)
        {
            var a = risk.Acceptance!.AcceptedAssessment;
            f.Add(new RiskFinding(RiskFindingCodes.AcceptanceDoesNotMatch, id, FindingSeverity.Warning, $"the acceptance covers likelihood {a.Likelihood} x consequence {a.Consequence}; the current assessment is {score.Current.Likelihood} x {score.Current.Consequence}: accept again or treat."));
        }

        if ((score.Flags & RiskScoreFlags.CurrentAboveInherent) != 0)
        {
            f.Add(new RiskFinding(RiskFindingCodes.CurrentAboveInherent, id, FindingSeverity.Warning, $"current {Cell(score.Current)} is above inherent {Cell(score.Inherent)}; kept as assessed."));
        }

        if ((score.Flags & RiskScoreFlags.ResidualAboveCurrent) != 0)
        {
            f.Add(new RiskFinding(RiskFindingCodes.ResidualAboveCurrent, id, FindingSeverity.Error, $"residual {Cell(score.Residual)} is above current {Cell(score.Current)}."));
        }

        if ((score.Flags & RiskScoreFlags.ResidualCapped) != 0)
        {
            f.Add(new RiskFinding(RiskFindingCodes.ResidualCapped, id, FindingSeverity.Information, $"the derived residual cell is above the current level in this (non-monotone) matrix; capped at {score.Current.LevelName}."));
        }

        var linked = risk.AllControls.Distinct().ToList();
        if (score.Residual.Source == StageSource.Assessed && linked.Count == 0 && risk.Treatment is TreatmentOption.Modify or TreatmentOption.Retain
            && (score.Residual.Level.Value < score.Current.Level.Value || score.Residual.Likelihood.Value < score.Current.Likelihood.Value || score.Residual.Consequence.Value < score.Current.Consequence.Value))
        {
            f.Add(new RiskFinding(RiskFindingCodes.ResidualLoweredWithoutControl, id, FindingSeverity.Warning, $"residual {Cell(score.Residual)} is below current {Cell(score.Current)} but no control is linked to the risk."));
        }

        foreach (var controlId in linked)
        {
            var control = controls[controlId];
            if (control.Status is ControlStatus.Retired or ControlStatus.NotEffective)
            {
                f.Add(new RiskFinding(RiskFindingCodes.ControlWithoutEffect, id, FindingSeverity.Information, $"applied control {controlId} is {control.Status} and reduces nothing."));
            }
        }

        foreach (var (stage, assessment) in new[] { ("inherent", risk.Inherent), ("current", risk.Current), ("residual", risk.Residual) })
        {
            if (assessment is { ByCriterion.IsDefaultOrEmpty: false } && criteria.CombineConsequences(assessment.ByCriterion) != assessment.Consequence)
            {
                f.Add(new RiskFinding(RiskFindingCodes.ConsequenceDisagreesWithCriteria, id, FindingSeverity.Warning, $"the {stage} consequence is recorded as {assessment.Consequence}, but the {criteria.Combination} of its criteria is {criteria.CombineConsequences(assessment.ByCriterion)} (used for scoring)."));
            }
        }

        var aboveAppetite = !criteria.IsAcceptable(score.Current.Level);
        switch (risk.Treatment)
        {
            case TreatmentOption.Retain when aboveAppetite && score.Evaluation != RiskEvaluation.Accepted:
                f.Add(new RiskFinding(RiskFindingCodes.RetainedAboveAppetiteWithoutAcceptance, id, FindingSeverity.Error, $"the risk is retained at {score.Current.LevelName}, above the appetite ({criteria.Matrix.Definition(criteria.AcceptanceLevel).Name}), without a valid acceptance by its owner."));
                break;
            case TreatmentOption.Avoid when score.Residual.Level.Value > 1:
                f.Add(new RiskFinding(RiskFindingCodes.AvoidedRiskHasResidual, id, FindingSeverity.Warning, $"the risk is avoided but its residual is {score.Residual.LevelName}; avoiding should leave no residual risk (the lowest level)."));
                break;
            case TreatmentOption.Modify when linked.Count == 0:
                f.Add(new RiskFinding(RiskFindingCodes.ModifyWithoutControls, id, FindingSeverity.Warning, "the risk is to be modified but no applied control is linked to it."));
                break;
        }

        if ((score.Flags & RiskScoreFlags.ResidualWithinAppetite) == 0 && score.Evaluation != RiskEvaluation.Accepted && risk.Treatment != TreatmentOption.Retain)
        {
            f.Add(new RiskFinding(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, id, FindingSeverity.Warning, $"the residual risk ({score.Residual.LevelName}) stays above the appetite and is not accepted by the risk owner (ISO/IEC 27001:2022 6.1.3 f)."));
        }

        return f.ToImmutable();
    }

    private static string Cell(StageScore s) => $"{s.Likelihood}x{s.Consequence} ({s.LevelName})";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
