using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Controls;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// Scores an ISMS's risk register under its risk criteria and applies the risk rules: inherent, current and residual
/// levels, the evaluation against the acceptance criteria, the acceptance of the residual risk, treatment-option
/// consistency and the consistency findings, each risk explained. This is the one place the risk rules are applied:
/// <c>isms risks</c>, the readiness analysis (<see cref="RiskEvaluationRule"/>) and <c>AddIsms</c> all report these
/// findings, with one code and one severity each (docs/risk.md).
/// <para>Which controls count when the residual is derived: when the current risk was assessed, only the planned
/// controls (the applied ones are already in the current assessment); when it was not, applied and planned controls.
/// A retained risk (<see cref="TreatmentOption.Retain"/>: no further treatment) counts no planned control. Retired and
/// not-effective controls reduce nothing. Each counted control takes off its declared <see cref="ControlEffect"/> in
/// levels, or, when it declares none, its measured effectiveness counts (<see cref="RiskScorer"/>).</para>
/// <para>A risk that cannot be scored (a level off the scales, an unknown consequence criterion, a link to an applied
/// control that does not exist) is reported in <see cref="ScoredRegister.NotScored"/> with findings naming each reason;
/// the other risks are scored. Nothing here throws for the register's data.</para>
/// <para>ISO/IEC 27001:2022 clauses 6.1.2 (risk assessment), 6.1.3 (treatment, acceptance), 8.2, 8.3.</para>
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class RegisterScorer
{
    /// <summary>Scores the ISMS's register under its risk criteria (findings name people by their names).</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The evaluation date (acceptance validity).</param>
    public static ScoredRegister Score(InformationSecurityManagementSystem isms, LocalDate asOf)
    {
        Guard.Against.Null(isms);
        return Score(isms.Risks, isms.AppliedControls, isms.RiskCriteria, asOf, null, person => isms.People.TryGet(person, out var p) ? p.Name : person.Value);
    }

    /// <summary>Scores a register under risk criteria.</summary>
    /// <param name="register">The risks.</param>
    /// <param name="controls">The applied controls the risks refer to.</param>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="asOf">The evaluation date.</param>
    public static ScoredRegister Score(RiskRegister register, IEnumerable<AppliedControl> controls, RiskCriteria criteria, LocalDate asOf) =>
        Score(register, controls, criteria, asOf, null);

    /// <summary>Scores a register under risk criteria.</summary>
    /// <param name="register">The risks.</param>
    /// <param name="controls">The applied controls the risks refer to.</param>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="formula">The formula matrix behind the criteria, or null.</param>
    public static ScoredRegister Score(RiskRegister register, IEnumerable<AppliedControl> controls, RiskCriteria criteria, LocalDate asOf, FormulaMatrix? formula) =>
        Score(register, controls, criteria, asOf, formula, person => person.Value);

    /// <summary>
    /// The scoring input of a risk: its assessments, owner, acceptance and the reductions of the controls that count
    /// (see the type's remarks).
    /// </summary>
    /// <param name="risk">The risk.</param>
    /// <param name="controls">The applied controls by id.</param>
    /// <exception cref="RiskScoringException">The risk links to applied controls that do not exist
    /// (<see cref="IsmsErrorCodes.DanglingReference"/>, one error per link, member e.g. <c>AppliedControls[1]</c>).</exception>
    public static RiskScoringInput ToInput(RiskScenario risk, IReadOnlyDictionary<AppliedControlId, AppliedControl> controls)
    {
        var (input, errors) = Input(risk, controls);
        return errors.IsEmpty ? input : throw new RiskScoringException(errors);
    }

    internal static ScoredRegister Score(RiskRegister register, IEnumerable<AppliedControl> controls, RiskCriteria criteria, LocalDate asOf, FormulaMatrix? formula, Func<PersonId, string> nameOf)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(controls);
        Guard.Against.Null(criteria);
        var scorer = new RiskScorer(criteria, formula);
        var lookup = new Dictionary<AppliedControlId, AppliedControl>();
        foreach (var control in controls)
        {
            Guard.Against.Null(control, nameof(controls));
            lookup[control.Id] = control;
        }

        var scored = ImmutableArray.CreateBuilder<ScoredRisk>(register.Count);
        var notScored = ImmutableArray.CreateBuilder<UnscoredRisk>();
        var findings = ImmutableArray.CreateBuilder<RiskFinding>();
        foreach (var risk in register)
        {
            var (input, linkErrors) = Input(risk, lookup);
            var resolved = scorer.Resolve(input, asOf);
            var errors = linkErrors.AddRange(resolved.Errors);
            if (!errors.IsEmpty)
            {
                var reasons = errors.Select(e => RiskFindingRule.NotScorable(e.Code).Finding(risk.Id, $"Risk {risk.Id} '{risk.Title}' cannot be scored: {e.Member}: {e.Message}")).ToImmutableArray();
                notScored.Add(new UnscoredRisk(risk, errors, reasons));
                findings.AddRange(reasons);
                continue;
            }

            var score = scorer.Explain(input, resolved, scorer.Score(resolved.Input));
            var found = FindingsOf(risk, score, lookup, criteria, asOf, nameOf);
            scored.Add(new ScoredRisk(risk, score, found));
            findings.AddRange(found);
        }

        return new ScoredRegister(criteria, asOf, scored.ToImmutable(), notScored.ToImmutable(), findings.ToImmutable());
    }

    /// <summary>The scoring input of a risk, and the links to applied controls that do not exist.</summary>
    private static (RiskScoringInput Input, ImmutableArray<IsmsError> Errors) Input(RiskScenario risk, IReadOnlyDictionary<AppliedControlId, AppliedControl> controls)
    {
        Guard.Against.Null(risk);
        Guard.Against.Null(controls);
        var errors = ImmutableArray.CreateBuilder<IsmsError>();
        Dangling(risk, risk.PlannedControls, nameof(RiskScenario.PlannedControls), controls, errors);
        Dangling(risk, risk.AppliedControls, nameof(RiskScenario.AppliedControls), controls, errors);

        // Current assessed: the applied controls are in it, only the planned ones lower it further. Not assessed: both.
        // Retained: no further treatment, so the planned controls lower nothing (ISMS-RISK-117 says so).
        IEnumerable<AppliedControlId> counted = risk.Current is null ? risk.AppliedControls : [];
        if (risk.Treatment != TreatmentOption.Retain)
        {
            counted = risk.PlannedControls.Concat(counted);
        }

        var reductions = ImmutableArray.CreateBuilder<ControlReduction>();
        foreach (var id in counted.Distinct())
        {
            if (!controls.TryGetValue(id, out var control) || control.Status is ControlStatus.Retired or ControlStatus.NotEffective)
            {
                continue;
            }

            var effect = control.Effect;
            reductions.Add(effect.LikelihoodReduction > 0 || effect.ConsequenceReduction > 0
                ? new ControlReduction(id.Value, effect.LikelihoodReduction, effect.ConsequenceReduction)
                : new ControlReduction(id.Value, EffectivenessPercent: control.Effectiveness?.Value));
        }

        var input = new RiskScoringInput(risk.Id.Value, risk.Inherent)
        {
            Owner = risk.Owner.Value,
            Current = risk.Current,
            Residual = risk.Residual,
            Controls = reductions.ToImmutable(),
            Acceptance = risk.Acceptance is { } a ? new AcceptanceInput(a.AcceptedBy.Value, a.AcceptedOn, a.ExpiresOn, a.AcceptedAssessment) : null,
        };
        return (input, errors.ToImmutable());
    }

    private static void Dangling(RiskScenario risk, ImmutableArray<AppliedControlId> links, string member, IReadOnlyDictionary<AppliedControlId, AppliedControl> controls, ImmutableArray<IsmsError>.Builder errors)
    {
        for (var i = 0; i < links.Length; i++)
        {
            if (!controls.ContainsKey(links[i]))
            {
                errors.Add(new IsmsError(IsmsErrorCodes.DanglingReference, $"applied control '{links[i]}' does not exist.")
                {
                    EntityKind = nameof(RiskScenario),
                    EntityId = risk.Id.Value,
                    Member = string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]"),
                    Value = links[i].Value,
                });
            }
        }
    }

    /// <summary>The findings of one scored risk: derived from the kernel's flags and levels plus the register's facts.</summary>
    private static ImmutableArray<RiskFinding> FindingsOf(RiskScenario risk, RiskScore score, IReadOnlyDictionary<AppliedControlId, AppliedControl> controls, RiskCriteria criteria, LocalDate asOf, Func<PersonId, string> nameOf)
    {
        var f = ImmutableArray.CreateBuilder<RiskFinding>();
        var id = risk.Id;
        var about = $"Risk {id} '{risk.Title}'";
        var flags = score.Flags;
        var (current, residual) = (score.Current, score.Residual);

        if ((flags & RiskScoreFlags.CurrentAboveInherent) != 0)
        {
            f.Add(RiskFindingRule.CurrentAboveInherent.Finding(id, $"{about}: the current risk {Cell(current)} is above the inherent risk {Cell(score.Inherent)}; kept as assessed (review the inherent assessment)."));
        }

        if ((flags & RiskScoreFlags.ResidualAboveCurrent) != 0)
        {
            f.Add(RiskFindingRule.ResidualAboveCurrent.Finding(id, $"{about}: the assessed residual risk {Cell(residual)} is above the current risk {Cell(current)}; reassess it."));
        }

        var linked = risk.AllControls.Distinct().Where(controls.ContainsKey).ToList();
        if (residual.Source == StageSource.Assessed && linked.Count == 0 && risk.Treatment is TreatmentOption.Modify or TreatmentOption.Retain
            && (residual.Level.Value < current.Level.Value || residual.Likelihood.Value < current.Likelihood.Value || residual.Consequence.Value < current.Consequence.Value))
        {
            f.Add(RiskFindingRule.ResidualLoweredWithoutControl.Finding(id, $"{about}: the assessed residual risk {Cell(residual)} is below the current risk {Cell(current)}, but no control is linked to the risk."));
        }

        if ((flags & RiskScoreFlags.ResidualCapped) != 0)
        {
            f.Add(RiskFindingRule.ResidualCapped.Finding(id, string.Create(CultureInfo.InvariantCulture, $"{about}: the derived residual cell L{residual.Likelihood.Value} x C{residual.Consequence.Value} has a higher level than the current risk in this non-monotone matrix; the residual level is capped at {current.LevelName}.")));
        }

        foreach (var (stage, assessment) in new[] { ("inherent", risk.Inherent), ("current", risk.Current), ("residual", risk.Residual) })
        {
            if (assessment is { ByCriterion.IsDefaultOrEmpty: false } && criteria.CombineConsequences(assessment.ByCriterion) is var combined && combined != assessment.Consequence)
            {
                f.Add(RiskFindingRule.ConsequenceDisagreesWithCriteria.Finding(id, string.Create(CultureInfo.InvariantCulture, $"{about}: the {stage} consequence is recorded as {assessment.Consequence.Value}, but the {criteria.Combination} of its criteria is {combined.Value} (used for scoring).")));
            }
        }

        // Acceptance of the residual risk (6.1.3 f): needed only when the residual is above the appetite.
        if ((flags & RiskScoreFlags.ResidualWithinAppetite) == 0)
        {
            var appetite = criteria.Matrix.Definition(criteria.AcceptanceLevel).Name;
            var level = $"residual risk {Cell(residual)}";
            if (risk.Acceptance is not { } acceptance)
            {
                f.Add(RiskFindingRule.ResidualAboveAppetiteNotAccepted.Finding(id,
                    $"{about}: {level} is above the acceptance level {appetite} and has not been accepted by the risk owner {nameOf(risk.Owner)}{(risk.Treatment == TreatmentOption.Retain ? " (a retained risk above the appetite needs its owner's acceptance)" : string.Empty)}.",
                    EntityReference.To(risk.Owner)));
            }
            else
            {
                var by = EntityReference.To(acceptance.AcceptedBy);
                if ((flags & RiskScoreFlags.ResidualAccepted) != 0 && acceptance.ExpiresOn is null)
                {
                    f.Add(RiskFindingRule.AcceptanceWithoutExpiry.Finding(id, $"{about}: the acceptance of {level} by {nameOf(acceptance.AcceptedBy)} on {Date(acceptance.AcceptedOn)} has no expiry date; set a date to review it.", by));
                }

                if ((flags & RiskScoreFlags.AcceptanceNotYetValid) != 0)
                {
                    f.Add(RiskFindingRule.AcceptanceNotYetValid.Finding(id, $"{about}: the acceptance of {level} by {nameOf(acceptance.AcceptedBy)} is dated {Date(acceptance.AcceptedOn)}, after the evaluation date {Date(asOf)}.", by));
                }

                if ((flags & RiskScoreFlags.AcceptanceExpired) != 0)
                {
                    f.Add(RiskFindingRule.AcceptanceExpired.Finding(id, $"{about}: the acceptance of {level} by {nameOf(acceptance.AcceptedBy)} expired on {Date(acceptance.ExpiresOn!.Value)}; renew it or treat the risk.", by));
                }

                if ((flags & RiskScoreFlags.AcceptanceMismatch) != 0)
                {
                    var accepted = acceptance.AcceptedAssessment;
                    f.Add(RiskFindingRule.AcceptanceDoesNotMatch.Finding(id, string.Create(CultureInfo.InvariantCulture, $"{about}: {nameOf(acceptance.AcceptedBy)} accepted L{accepted.Likelihood.Value} x C{accepted.Consequence.Value}, but the residual risk is now {Cell(residual)}; the acceptance must be renewed."), by));
                }

                if ((flags & RiskScoreFlags.AcceptanceNotByOwner) != 0)
                {
                    f.Add(RiskFindingRule.AcceptanceNotByOwner.Finding(id, $"{about}: the {level} was accepted by {nameOf(acceptance.AcceptedBy)}, not by the risk owner {nameOf(risk.Owner)}; only the risk owner accepts a risk.", by));
                }
            }
        }

        if (risk.Treatment == TreatmentOption.Avoid && residual.Level.Value > 1)
        {
            f.Add(RiskFindingRule.AvoidedRiskHasResidual.Finding(id, $"{about}: the risk is avoided but a residual risk {Cell(residual)} remains; avoiding should leave no risk (the lowest level)."));
        }

        if (risk.Treatment == TreatmentOption.Retain && !risk.PlannedControls.IsEmpty)
        {
            f.Add(RiskFindingRule.RetainedWithPlannedControls.Finding(id, $"{about}: the risk is retained, so its planned controls ({string.Join(", ", risk.PlannedControls)}) are not counted in the residual risk; choose 'modify' if they treat it."));
        }

        return f.ToImmutable();
    }

    private static string Cell(StageScore s) => string.Create(CultureInfo.InvariantCulture, $"{s.LevelName} (L{s.Likelihood.Value} x C{s.Consequence.Value})");

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
