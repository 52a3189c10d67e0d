using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// The qualitative and semi-quantitative risk engine for one methodology (the organisation's <see cref="RiskCriteria"/>).
/// Two paths give the same levels:
/// <list type="bullet">
/// <item><see cref="Score(RiskScoringInput, LocalDate)"/>: one risk, fully explained (inputs, cells, reductions, evaluation).</item>
/// <item><see cref="ScoreBatch"/>: many risks over spans, no allocation per risk, a table look-up per stage.</item>
/// </list>
/// Rules: current defaults to inherent; a current above inherent is kept and flagged. The residual is assessed, or
/// derived from the current assessment minus the applied controls' reductions (each level at least 1) and never
/// above the current level. The evaluation compares the current level with the acceptance level, then looks for an
/// acceptance in force that matches the current assessment.
/// <para>ISO/IEC 27001:2022 clauses 6.1.2 c to e, 6.1.3, 8.2.</para>
/// </summary>
/// <threadsafety>Instances are immutable and thread-safe: call any method from many threads at once.</threadsafety>
public sealed class RiskScorer
{
    private readonly byte[] _table;
    private readonly int _likelihoods;
    private readonly int _consequences;
    private readonly int _appetite;

    /// <summary>Creates the engine for a methodology.</summary>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="formula">The formula matrix the criteria's matrix was built from, to show cell scores; or null.</param>
    public RiskScorer(RiskCriteria criteria, FormulaMatrix? formula = null)
    {
        Guard.Against.Null(criteria);
        Criteria = criteria;
        Formula = formula;
        _likelihoods = criteria.Matrix.Likelihood.Count;
        _consequences = criteria.Matrix.Consequence.Count;
        _appetite = criteria.AcceptanceLevel.Value;
        var cells = criteria.Matrix.Cells;
        _table = new byte[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            _table[i] = (byte)cells[i];
        }
    }

    /// <summary>The methodology.</summary>
    public RiskCriteria Criteria { get; }

    /// <summary>The formula matrix behind the criteria, or null.</summary>
    public FormulaMatrix? Formula { get; }

    /// <summary>Scores one batch input (the same rules as <see cref="ScoreBatch"/>).</summary>
    /// <param name="input">The risk.</param>
    /// <exception cref="RiskScoringException">A level is not on its scale (the risk is named <c>#0</c>).</exception>
    public RiskOutput Score(in RiskInput input)
    {
        Validate(in input, 0);
        return Core(in input, ref MemoryMarshal.GetArrayDataReference(_table), _consequences, _appetite);
    }

    /// <summary>
    /// Scores many risks: <paramref name="outputs"/>[i] is the score of <paramref name="inputs"/>[i]. Validates every
    /// input first, so on bad input nothing is written. Allocates nothing.
    /// </summary>
    /// <param name="inputs">The risks.</param>
    /// <param name="outputs">Where the scores go; the same length as <paramref name="inputs"/>.</param>
    /// <exception cref="RiskScoringException">A level is not on its scale (the risk is named <c>#index</c>), or the spans differ in length.</exception>
    public void ScoreBatch(ReadOnlySpan<RiskInput> inputs, Span<RiskOutput> outputs)
    {
        if (inputs.Length != outputs.Length)
        {
            throw new RiskScoringException(RiskErrorCodes.BatchLengthMismatch, "batch", "outputs", string.Create(CultureInfo.InvariantCulture, $"{outputs.Length} outputs for {inputs.Length} inputs; give one output per input."));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            Validate(in inputs[i], i);
        }

        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        var columns = _consequences;
        var appetite = _appetite;
        ref var input = ref MemoryMarshal.GetReference(inputs);
        ref var output = ref MemoryMarshal.GetReference(outputs);
        for (var i = 0; i < inputs.Length; i++)
        {
            Unsafe.Add(ref output, i) = Core(in Unsafe.Add(ref input, i), ref table, columns, appetite);
        }
    }

    /// <summary>
    /// Counts scored risks per cell of the matrix (a heat map) for one stage, without allocating.
    /// <paramref name="counts"/> is row-major: <c>(likelihood - 1) * consequences + (consequence - 1)</c>.
    /// </summary>
    /// <param name="inputs">The risks as scored.</param>
    /// <param name="outputs">Their scores (for the residual cell).</param>
    /// <param name="stage">The stage to count.</param>
    /// <param name="counts">Cleared, then filled; at least likelihoods x consequences long.</param>
    public void CountCells(ReadOnlySpan<RiskInput> inputs, ReadOnlySpan<RiskOutput> outputs, RiskStage stage, Span<int> counts)
    {
        Guard.Against.OutOfRange(counts.Length, nameof(counts), _table.Length, int.MaxValue);
        Guard.Against.OutOfRange(outputs.Length, nameof(outputs), inputs.Length, inputs.Length);
        counts[.._table.Length].Clear();
        for (var i = 0; i < inputs.Length; i++)
        {
            ref readonly var x = ref inputs[i];
            int l, c;
            switch (stage)
            {
                case RiskStage.Inherent:
                    (l, c) = (x.IL, x.IC);
                    break;
                case RiskStage.Current:
                    (l, c) = x.CL == 0 ? (x.IL, x.IC) : (x.CL, x.CC);
                    break;
                default:
                    (l, c) = (outputs[i].ResidualLikelihood.Value, outputs[i].ResidualConsequence.Value);
                    break;
            }

            counts[((l - 1) * _consequences) + c - 1]++;
        }
    }

    /// <summary>Scores one risk with its explanation.</summary>
    /// <param name="input">The risk.</param>
    /// <param name="asOf">The evaluation date (for acceptance validity).</param>
    /// <exception cref="RiskScoringException">Bad input, naming the risk and the field: a level off its scale, a criterion the criteria do not define, a negative reduction, an effectiveness outside 0-100%, an acceptance not by the risk owner.</exception>
    public RiskScore Score(RiskScoringInput input, LocalDate asOf)
    {
        Guard.Against.Null(input);
        var id = input.RiskId;
        var matrix = Criteria.Matrix;
        var lines = ImmutableArray.CreateBuilder<string>();
        var flags = RiskScoreFlags.None;

        var (il, ic) = Resolve(id, "Inherent", input.Inherent);
        var inherent = Stage(RiskStage.Inherent, il, ic, StageSource.Assessed);
        lines.Add($"Inherent: {Cell(inherent)} (assessed {Date(input.Inherent.AssessedOn)}{PerCriterion(input.Inherent)}).");

        StageScore current;
        if (input.Current is { } currentAssessment)
        {
            var (cl, cc) = Resolve(id, "Current", currentAssessment);
            current = Stage(RiskStage.Current, cl, cc, StageSource.Assessed);
            lines.Add($"Current: {Cell(current)} (assessed {Date(currentAssessment.AssessedOn)}{PerCriterion(currentAssessment)}).");
            if (cl.Value > il.Value || cc.Value > ic.Value || current.Level.Value > inherent.Level.Value)
            {
                flags |= RiskScoreFlags.CurrentAboveInherent;
                lines.Add("Current is above inherent: kept as assessed and reported.");
            }
        }
        else
        {
            current = Stage(RiskStage.Current, il, ic, StageSource.AsInherent);
            lines.Add($"Current: not assessed, as inherent: {Cell(current)}.");
        }

        var reductions = ImmutableArray<AppliedReduction>.Empty;
        StageScore residual;
        var (likelihoodCut, consequenceCut, applied) = Reductions(input, current.Likelihood.Value);
        if (input.Residual is { } residualAssessment)
        {
            var (rl, rc) = Resolve(id, "Residual", residualAssessment);
            residual = Stage(RiskStage.Residual, rl, rc, StageSource.Assessed);
            lines.Add($"Residual: {Cell(residual)} (assessed {Date(residualAssessment.AssessedOn)}{PerCriterion(residualAssessment)}).");
            if (rl.Value > current.Likelihood.Value || rc.Value > current.Consequence.Value || residual.Level.Value > current.Level.Value)
            {
                flags |= RiskScoreFlags.ResidualAboveCurrent;
                lines.Add("Residual is above current: kept as assessed and reported.");
            }
        }
        else
        {
            reductions = applied;
            foreach (var r in applied)
            {
                lines.Add(r.EffectivenessPercent is { } e && r.LikelihoodLevels == 0 && r.ConsequenceLevels == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Control {r.ControlId}: effectiveness {e}% (no declared effect).")
                    : $"Control {r.ControlId}: declared effect -{r.LikelihoodLevels} likelihood, -{r.ConsequenceLevels} consequence.");
            }

            var rl = new LikelihoodLevel(Math.Max(1, current.Likelihood.Value - likelihoodCut));
            var rc = new ConsequenceLevel(Math.Max(1, current.Consequence.Value - consequenceCut));
            residual = Stage(RiskStage.Residual, rl, rc, StageSource.Derived);
            flags |= RiskScoreFlags.ResidualDerived;
            if (residual.Level.Value > current.Level.Value)
            {
                residual = residual with { Level = current.Level, LevelName = current.LevelName };
                flags |= RiskScoreFlags.ResidualCapped;
            }

            lines.Add(applied.IsEmpty
                ? $"Residual: no applied control, as current: {Cell(residual)}."
                : $"Residual: derived, likelihood {current.Likelihood.Value} - {likelihoodCut}, consequence {current.Consequence.Value} - {consequenceCut} (each at least 1): {Cell(residual)}{((flags & RiskScoreFlags.ResidualCapped) != 0 ? ", capped at the current level" : string.Empty)}.");
        }

        if (Criteria.IsAcceptable(residual.Level))
        {
            flags |= RiskScoreFlags.ResidualWithinAppetite;
        }

        var appetiteName = matrix.Definition(Criteria.AcceptanceLevel).Name;
        (LikelihoodLevel L, ConsequenceLevel C) accepted = default;
        if (input.Acceptance is { } given)
        {
            CheckAcceptance(input, given);
            accepted = Resolve(id, "Acceptance.AcceptedAssessment", given.AcceptedAssessment);
        }

        RiskEvaluation evaluation;
        if (Criteria.IsAcceptable(current.Level))
        {
            evaluation = RiskEvaluation.WithinAppetite;
            lines.Add($"Evaluation: current level {current.LevelName} is within the appetite ({appetiteName}).");
        }
        else if (input.Acceptance is { } acceptance)
        {
            var (al, ac) = accepted;
            var state = StateOf(acceptance, asOf);
            var matches = al == current.Likelihood && ac == current.Consequence;
            flags |= state switch
            {
                AcceptanceState.Expired => RiskScoreFlags.AcceptanceExpired,
                AcceptanceState.NotYetValid => RiskScoreFlags.AcceptanceNotYetValid,
                _ => RiskScoreFlags.None,
            };
            if (state == AcceptanceState.InForce && !matches)
            {
                flags |= RiskScoreFlags.AcceptanceMismatch;
            }

            evaluation = state == AcceptanceState.InForce && matches ? RiskEvaluation.Accepted : RiskEvaluation.NeedsTreatment;
            lines.Add(evaluation == RiskEvaluation.Accepted
                ? $"Evaluation: current level {current.LevelName} is above the appetite ({appetiteName}); accepted by {acceptance.AcceptedBy} on {Date(acceptance.AcceptedOn)}{(acceptance.ExpiresOn is { } x ? $" until {Date(x)}" : " without expiry")}."
                : $"Evaluation: current level {current.LevelName} is above the appetite ({appetiteName}); the acceptance by {acceptance.AcceptedBy} does not cover it ({(state != AcceptanceState.InForce ? state.ToString() : $"it accepted {al.Value}x{ac.Value}, current is {current.Likelihood.Value}x{current.Consequence.Value}")}): needs treatment.");
        }
        else
        {
            evaluation = RiskEvaluation.NeedsTreatment;
            lines.Add($"Evaluation: current level {current.LevelName} is above the appetite ({appetiteName}) and not accepted: needs treatment.");
        }

        return new RiskScore(id, inherent, current, residual, evaluation, flags, reductions, lines.ToImmutable());
    }

    /// <summary>Scores many risks with explanations, after validating all of them (nothing is half-scored).</summary>
    /// <param name="inputs">The risks; ids unique.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The scores, in input order.</returns>
    /// <exception cref="RiskScoringException">Bad input (see <see cref="Score(RiskScoringInput, LocalDate)"/>) or a repeated id.</exception>
    public ImmutableArray<RiskScore> ScoreAll(IEnumerable<RiskScoringInput> inputs, LocalDate asOf)
    {
        Guard.Against.Null(inputs);
        var list = inputs.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in list)
        {
            Guard.Against.Null(input, nameof(inputs));
            if (!ids.Add(input.RiskId))
            {
                throw new RiskScoringException(RiskErrorCodes.DuplicateRiskId, input.RiskId, "RiskId", "the id is used by another risk of the register.");
            }
        }

        var builder = ImmutableArray.CreateBuilder<RiskScore>(list.Count);
        foreach (var input in list)
        {
            builder.Add(Score(input, asOf));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Turns an explainable input into a batch input, resolving per-criterion consequences, the controls' reductions
    /// and the acceptance's state on <paramref name="asOf"/>. Validates as <see cref="Score(RiskScoringInput, LocalDate)"/> does.
    /// </summary>
    /// <param name="input">The risk.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="RiskScoringException">Bad input.</exception>
    public RiskInput ToBatchInput(RiskScoringInput input, LocalDate asOf)
    {
        Guard.Against.Null(input);
        var (il, ic) = Resolve(input.RiskId, "Inherent", input.Inherent);
        var (cl, cc) = input.Current is { } c ? Resolve(input.RiskId, "Current", c) : (default, default);
        var (rl, rc) = input.Residual is { } r ? Resolve(input.RiskId, "Residual", r) : (default, default);
        var (lr, cr, _) = Reductions(input, cl.Value == 0 ? il.Value : cl.Value);
        var state = AcceptanceState.None;
        (LikelihoodLevel L, ConsequenceLevel C) accepted = default;
        if (input.Acceptance is { } acceptance)
        {
            CheckAcceptance(input, acceptance);
            accepted = Resolve(input.RiskId, "Acceptance.AcceptedAssessment", acceptance.AcceptedAssessment);
            state = StateOf(acceptance, asOf);
        }

        return new RiskInput(il.Value, ic.Value, cl.Value, cc.Value, rl.Value, rc.Value, Math.Min(lr, byte.MaxValue), Math.Min(cr, byte.MaxValue), state, accepted.L.Value, accepted.C.Value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static RiskOutput Core(in RiskInput x, ref byte table, int columns, int appetite)
    {
        // Branch-free: every choice is a conditional move, so random registers cost no mispredictions.
        int il = x.IL, ic = x.IC;
        int inherent = Unsafe.Add(ref table, (il * columns) + ic - columns - 1);
        var currentMask = -Bit(x.CL != 0, 1); // -1 when assessed, else 0
        var cl = il ^ ((il ^ x.CL) & currentMask);
        var cc = ic ^ ((ic ^ x.CC) & currentMask);
        int current = Unsafe.Add(ref table, (cl * columns) + cc - columns - 1);
        var assessedResidual = x.RL != 0;
        var residualMask = -Bit(assessedResidual, 1);
        var dl = AtLeastOne(cl - x.LR);
        var dc = AtLeastOne(cc - x.CR);
        var rl = dl ^ ((dl ^ x.RL) & residualMask);
        var rc = dc ^ ((dc ^ x.RC) & residualMask);
        int residual = Unsafe.Add(ref table, (rl * columns) + rc - columns - 1);
        var capped = !assessedResidual & (residual > current);
        residual ^= (residual ^ current) & -Bit(capped, 1);
        var above = current > appetite;
        var acceptance = x.Acceptance;
        var inForce = acceptance == AcceptanceState.InForce;
        var matches = (x.AL == cl) & (x.AC == cc);
        var accepted = above & inForce & matches;
        var flags =
            Bit((cl > il) | (cc > ic) | (current > inherent), RiskScoreFlags.CurrentAboveInherent)
            | Bit(assessedResidual & ((rl > cl) | (rc > cc) | (residual > current)), RiskScoreFlags.ResidualAboveCurrent)
            | Bit(!assessedResidual, RiskScoreFlags.ResidualDerived)
            | Bit(residual <= appetite, RiskScoreFlags.ResidualWithinAppetite)
            | Bit(above & (acceptance == AcceptanceState.Expired), RiskScoreFlags.AcceptanceExpired)
            | Bit(above & inForce & !matches, RiskScoreFlags.AcceptanceMismatch)
            | Bit(above & (acceptance == AcceptanceState.NotYetValid), RiskScoreFlags.AcceptanceNotYetValid)
            | Bit(capped, RiskScoreFlags.ResidualCapped);
        var evaluation = (RiskEvaluation)(1 + Bit(above, 1) + Bit(accepted, 1));
        return new RiskOutput((byte)inherent, (byte)current, (byte)residual, (byte)rl, (byte)rc, evaluation, (RiskScoreFlags)flags);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(bool condition, RiskScoreFlags flag) => (condition ? 1 : 0) * (int)flag;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(bool condition, int value) => (condition ? 1 : 0) * value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AtLeastOne(int value)
    {
        var belowOne = value - 1;
        return 1 + (belowOne & ~(belowOne >> 31));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Validate(in RiskInput x, int index)
    {
        uint l = (uint)_likelihoods, c = (uint)_consequences;
        var ok = ((uint)(x.IL - 1) < l) & ((uint)(x.IC - 1) < c)
            & ((x.CL | x.CC) == 0 | (((uint)(x.CL - 1) < l) & ((uint)(x.CC - 1) < c)))
            & ((x.RL | x.RC) == 0 | (((uint)(x.RL - 1) < l) & ((uint)(x.RC - 1) < c)))
            & (x.Acceptance == AcceptanceState.None | (((uint)(x.AL - 1) < l) & ((uint)(x.AC - 1) < c)));
        if (!ok)
        {
            Fail(in x, index);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fail(in RiskInput x, int index)
    {
        var id = "#" + index.ToString(CultureInfo.InvariantCulture);
        CheckPair(id, "Inherent", x.IL, x.IC, optional: false);
        CheckPair(id, "Current", x.CL, x.CC, optional: true);
        CheckPair(id, "Residual", x.RL, x.RC, optional: true);
        CheckPair(id, "Accepted", x.AL, x.AC, optional: x.Acceptance == AcceptanceState.None);
    }

    private void CheckPair(string id, string stage, int likelihood, int consequence, bool optional)
    {
        if (optional && likelihood == 0 && consequence == 0)
        {
            return;
        }

        if (optional && (likelihood == 0 || consequence == 0))
        {
            throw new RiskScoringException(RiskErrorCodes.IncompleteAssessment, id, stage, string.Create(CultureInfo.InvariantCulture, $"likelihood {likelihood} and consequence {consequence}: give both or neither."));
        }

        CheckLikelihood(id, stage + ".Likelihood", likelihood);
        CheckConsequence(id, stage + ".Consequence", consequence);
    }

    private void CheckLikelihood(string id, string field, int value)
    {
        var scale = Criteria.Matrix.Likelihood;
        if (!scale.Contains(value))
        {
            throw new RiskScoringException(RiskErrorCodes.LikelihoodOutsideScale, id, field, string.Create(CultureInfo.InvariantCulture, $"{value} is not on the likelihood scale '{scale.Name}' (levels 1 to {scale.Count})."));
        }
    }

    private void CheckConsequence(string id, string field, int value)
    {
        var scale = Criteria.Matrix.Consequence;
        if (!scale.Contains(value))
        {
            throw new RiskScoringException(RiskErrorCodes.ConsequenceOutsideScale, id, field, string.Create(CultureInfo.InvariantCulture, $"{value} is not on the consequence scale '{scale.Name}' (levels 1 to {scale.Count})."));
        }
    }

    private (LikelihoodLevel Likelihood, ConsequenceLevel Consequence) Resolve(string id, string stage, RiskAssessment assessment)
    {
        if (assessment is null)
        {
            throw new RiskScoringException(RiskErrorCodes.IncompleteAssessment, id, stage, "the assessment is missing.");
        }

        CheckLikelihood(id, stage + ".Likelihood", assessment.Likelihood.Value);
        if (assessment.ByCriterion.IsDefaultOrEmpty)
        {
            CheckConsequence(id, stage + ".Consequence", assessment.Consequence.Value);
            return (assessment.Likelihood, assessment.Consequence);
        }

        foreach (var item in assessment.ByCriterion)
        {
            if (!Criteria.ConsequenceCriteria.Contains(item.Criterion))
            {
                throw new RiskScoringException(RiskErrorCodes.UnknownConsequenceCriterion, id, $"{stage}.ByCriterion[{item.Criterion}]", $"'{item.Criterion}' is not a consequence criterion of '{Criteria.Name}' ({string.Join(", ", Criteria.ConsequenceCriteria)}).");
            }

            CheckConsequence(id, $"{stage}.ByCriterion[{item.Criterion}]", item.Level.Value);
        }

        return (assessment.Likelihood, Criteria.CombineConsequences(assessment.ByCriterion));
    }

    private static (int Likelihood, int Consequence, ImmutableArray<AppliedReduction> Applied) Reductions(RiskScoringInput input, int currentLikelihood)
    {
        if (input.Controls.IsDefaultOrEmpty)
        {
            return (0, 0, []);
        }

        var applied = ImmutableArray.CreateBuilder<AppliedReduction>(input.Controls.Length);
        int likelihood = 0, consequence = 0;
        var remaining = 1.0; // probability that every effectiveness-only control fails
        foreach (var control in input.Controls)
        {
            Guard.Against.Null(control, nameof(input));
            var field = $"Controls[{control.ControlId}]";
            if (control.LikelihoodLevels < 0 || control.ConsequenceLevels < 0)
            {
                throw new RiskScoringException(RiskErrorCodes.NegativeReduction, input.RiskId, field, string.Create(CultureInfo.InvariantCulture, $"the effect (-{control.LikelihoodLevels} likelihood, -{control.ConsequenceLevels} consequence) is negative; a control reduces risk by 0 or more levels."));
            }

            if (control.EffectivenessPercent is { } e && !(e >= 0 && e <= 100))
            {
                throw new RiskScoringException(RiskErrorCodes.EffectivenessOutOfRange, input.RiskId, field + ".Effectiveness", string.Create(CultureInfo.InvariantCulture, $"{e}% is outside 0-100%."));
            }

            if (control.LikelihoodLevels > 0 || control.ConsequenceLevels > 0)
            {
                likelihood += control.LikelihoodLevels;
                consequence += control.ConsequenceLevels;
                applied.Add(new AppliedReduction(control.ControlId, control.LikelihoodLevels, control.ConsequenceLevels, null));
            }
            else if (control.EffectivenessPercent is { } effectiveness)
            {
                remaining *= 1 - (effectiveness / 100.0);
                applied.Add(new AppliedReduction(control.ControlId, 0, 0, effectiveness));
            }
        }

        likelihood += EffectivenessLevels(1 - remaining, currentLikelihood);
        return (likelihood, consequence, applied.ToImmutable());
    }

    /// <summary>
    /// Likelihood levels taken off by a combined effectiveness: <c>floor(effectiveness x (likelihood - 1))</c>, so a
    /// fully effective control brings the likelihood to the lowest level and a 0% one changes nothing.
    /// </summary>
    internal static int EffectivenessLevels(double combinedEffectiveness, int currentLikelihood) =>
        (int)Math.Floor((combinedEffectiveness * (currentLikelihood - 1)) + 1e-9);

    private static void CheckAcceptance(RiskScoringInput input, AcceptanceInput acceptance)
    {
        if (input.Owner is { } owner && !string.Equals(owner, acceptance.AcceptedBy, StringComparison.Ordinal))
        {
            throw new RiskScoringException(RiskErrorCodes.AcceptanceNotByOwner, input.RiskId, "Acceptance.AcceptedBy", $"'{acceptance.AcceptedBy}' is not the risk owner '{owner}'; only the risk owner accepts a risk (ISO/IEC 27001:2022 6.1.3 f).");
        }
    }

    private static AcceptanceState StateOf(AcceptanceInput acceptance, LocalDate asOf) =>
        acceptance.AcceptedOn > asOf ? AcceptanceState.NotYetValid
        : acceptance.ExpiresOn is { } expires && expires < asOf ? AcceptanceState.Expired
        : AcceptanceState.InForce;

    private StageScore Stage(RiskStage stage, LikelihoodLevel likelihood, ConsequenceLevel consequence, StageSource source)
    {
        var level = Criteria.Matrix.LevelOf(likelihood, consequence);
        return new StageScore(stage, likelihood, consequence, level, Criteria.Matrix.Definition(level).Name, source, Formula?.ScoreOf(likelihood, consequence));
    }

    private string Cell(StageScore s) =>
        $"likelihood {s.Likelihood.Value} ({Criteria.Matrix.Likelihood[s.Likelihood.Value].Name}) x consequence {s.Consequence.Value} ({Criteria.Matrix.Consequence[s.Consequence.Value].Name}) = {s.LevelName}"
        + (s.Score is { } score ? string.Create(CultureInfo.InvariantCulture, $" (score {score:0.##})") : string.Empty);

    private string PerCriterion(RiskAssessment assessment) =>
        assessment.ByCriterion.IsDefaultOrEmpty
            ? string.Empty
            : $"; consequence {Criteria.Combination} of {string.Join(", ", assessment.ByCriterion.Select(c => $"{c.Criterion} {c.Level.Value}"))}";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
