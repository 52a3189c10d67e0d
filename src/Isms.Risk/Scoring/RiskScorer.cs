using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// The qualitative and semi-quantitative risk engine for one methodology (the organisation's <see cref="RiskCriteria"/>).
/// Every level, the evaluation and every flag come from ONE branch-free kernel over <see cref="RiskInput"/>:
/// <list type="bullet">
/// <item><see cref="ScoreBatch"/>: many risks over spans, no allocation, a table look-up per stage.</item>
/// <item><see cref="Score(RiskScoringInput, LocalDate)"/>: one risk, resolved into a <see cref="RiskInput"/>, scored by
/// the same kernel and explained from the kernel's output (inputs, cells, reductions, evaluation).</item>
/// </list>
/// The rules: current defaults to inherent; a current above inherent is kept and flagged. The residual is assessed, or
/// derived from the current cell minus the counted controls' reductions (each level at least 1) and never above the
/// current level. The evaluation compares the current level with the acceptance level (6.1.2 e); above it, the risk
/// is accepted only when the residual, also above it, is covered by an acceptance that counts: in force on the date,
/// given by the risk owner, of exactly the residual likelihood and consequence (6.1.3 f). See docs/risk.md.
/// <para>ISO/IEC 27001:2022 clauses 6.1.2 c to e, 6.1.3, 8.2.</para>
/// </summary>
/// <threadsafety>Instances are immutable and thread-safe: call any method from many threads at once.</threadsafety>
public sealed class RiskScorer
{
    private const string EntityKind = "RiskScenario";

    /// <summary>The evaluation and acceptance flags for every key (see <see cref="Evaluate"/>): 64 entries built per
    /// instance rather than once per process, so the table is built from the rule as it is when the engine is made.</summary>
    private readonly uint[] _decisions = BuildDecisions();

    private readonly byte[] _table;
    private readonly uint _likelihoods;
    private readonly uint _consequences;
    private readonly int _appetite;

    /// <summary>Creates the engine for a methodology.</summary>
    /// <param name="criteria">The risk criteria.</param>
    /// <param name="formula">The formula matrix the criteria's matrix was built from, to show cell scores; or null.</param>
    /// <exception cref="IsmsException"><see cref="RiskErrorCodes.InvalidMatrix"/>: the matrix has more than 255 risk levels.</exception>
    public RiskScorer(RiskCriteria criteria, FormulaMatrix? formula = null)
    {
        Guard.Against.Null(criteria);
        if (criteria.Matrix.Levels.Length > byte.MaxValue)
        {
            throw new IsmsException(new IsmsError(RiskErrorCodes.InvalidMatrix, string.Create(CultureInfo.InvariantCulture, $"the matrix has {criteria.Matrix.Levels.Length} risk levels; the risk engine scores matrices of up to 255 levels."))
            {
                EntityKind = nameof(RiskCriteria),
                EntityId = criteria.Name,
                Member = "Matrix.Levels",
                Value = criteria.Matrix.Levels.Length.ToString(CultureInfo.InvariantCulture),
            });
        }

        Criteria = criteria;
        Formula = formula;
        _likelihoods = (uint)criteria.Matrix.Likelihood.Count;
        _consequences = (uint)criteria.Matrix.Consequence.Count;
        _appetite = criteria.AcceptanceLevel.Value;
        // A 16x16 table indexed by (likelihood << 4) | consequence: a cell off the scales (scales have at most 10
        // levels) holds 0, so any input byte pair indexes the table safely and an invalid cell reads as level 0.
        _table = new byte[256];
        for (var l = 1; l <= _likelihoods; l++)
        {
            for (var c = 1; c <= _consequences; c++)
            {
                _table[(l << 4) | c] = (byte)criteria.Matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)).Value;
            }
        }
    }

    /// <summary>The methodology.</summary>
    public RiskCriteria Criteria { get; }

    /// <summary>The formula matrix behind the criteria, or null.</summary>
    public FormulaMatrix? Formula { get; }

    /// <summary>Scores one kernel input (the same kernel as <see cref="ScoreBatch"/>). Never throws: an input that
    /// cannot be scored gives an output flagged <see cref="RiskScoreFlags.NotScored"/>.</summary>
    /// <param name="input">The risk.</param>
    public RiskOutput Score(in RiskInput input)
    {
        RiskOutput output = default;
        Kernel(new ReadOnlySpan<RiskInput>(in input), new Span<RiskOutput>(ref output));
        return output;
    }

    /// <summary>
    /// Scores many risks: <paramref name="outputs"/>[i] is the score of <paramref name="inputs"/>[i]. Allocates nothing.
    /// An input that cannot be scored (a level off its scale, half an assessment) does not stop the others: its output
    /// is flagged <see cref="RiskScoreFlags.NotScored"/> and <see cref="Validate(in RiskInput, string)"/> says why.
    /// </summary>
    /// <param name="inputs">The risks.</param>
    /// <param name="outputs">Where the scores go; the same length as <paramref name="inputs"/>.</param>
    /// <returns>The number of inputs that could not be scored (0 when every risk was scored).</returns>
    /// <exception cref="ArgumentException">The spans differ in length (a programming error).</exception>
    public int ScoreBatch(ReadOnlySpan<RiskInput> inputs, Span<RiskOutput> outputs)
    {
        if (inputs.Length != outputs.Length)
        {
            ThrowLengthMismatch(inputs.Length, outputs.Length);
        }

        return Kernel(inputs, outputs);
    }

    /// <summary>Why a kernel input cannot be scored; empty when it can (exactly when <see cref="Score(in RiskInput)"/>
    /// is not flagged <see cref="RiskScoreFlags.NotScored"/>).</summary>
    /// <param name="input">The input.</param>
    /// <param name="riskId">How to name the input in the errors (its id, or e.g. <c>#12</c> for a batch index).</param>
    /// <returns>The errors: entity kind <c>RiskInput</c>, the id, the member (e.g. <c>InherentLikelihood</c>) and the value.</returns>
    public ImmutableArray<IsmsError> Validate(in RiskInput input, string riskId)
    {
        Guard.Against.Null(riskId);
        var errors = new List<IsmsError>();
        CheckPair(errors, riskId, "Inherent", input.IL, input.IC, optional: false);
        CheckPair(errors, riskId, "Current", input.CL, input.CC, optional: true);
        CheckPair(errors, riskId, "Residual", input.RL, input.RC, optional: true);
        if (input.Acceptance != AcceptanceState.None)
        {
            CheckPair(errors, riskId, "Accepted", input.AL, input.AC, optional: false);
        }

        return [.. errors];
    }

    /// <summary>
    /// Counts scored risks per cell of the matrix (a heat map) for one stage, without allocating. Outputs flagged
    /// <see cref="RiskScoreFlags.NotScored"/> are not counted.
    /// <paramref name="counts"/> is row-major: <c>(likelihood - 1) * consequences + (consequence - 1)</c>.
    /// </summary>
    /// <param name="inputs">The risks as scored.</param>
    /// <param name="outputs">Their scores.</param>
    /// <param name="stage">The stage to count.</param>
    /// <param name="counts">Cleared, then filled; at least likelihoods x consequences long.</param>
    public void CountCells(ReadOnlySpan<RiskInput> inputs, ReadOnlySpan<RiskOutput> outputs, RiskStage stage, Span<int> counts)
    {
        var cells = (int)(_likelihoods * _consequences);
        Guard.Against.OutOfRange(counts.Length, nameof(counts), cells, int.MaxValue);
        Guard.Against.OutOfRange(outputs.Length, nameof(outputs), inputs.Length, inputs.Length);
        counts[..cells].Clear();
        var columns = (int)_consequences;
        for (var i = 0; i < inputs.Length; i++)
        {
            ref readonly var o = ref outputs[i];
            if (!o.IsScored)
            {
                continue;
            }

            var (l, c) = stage switch
            {
                RiskStage.Inherent => (inputs[i].IL, inputs[i].IC),
                RiskStage.Current => (o.CurrentLikelihood.Value, o.CurrentConsequence.Value),
                _ => (o.ResidualLikelihood.Value, o.ResidualConsequence.Value),
            };
            counts[((l - 1) * columns) + c - 1]++;
        }
    }

    /// <summary>Why a risk cannot be scored; empty when it can. Every reason is found, not only the first.</summary>
    /// <param name="input">The risk.</param>
    /// <returns>The errors: entity kind <c>RiskScenario</c>, the risk's id, the member (e.g. <c>Inherent.Likelihood</c>,
    /// <c>Controls[1].EffectivenessPercent</c>) and the value.</returns>
    public ImmutableArray<IsmsError> Validate(RiskScoringInput input) => Resolve(input, default).Errors;

    /// <summary>Scores one risk with its explanation: resolved into a <see cref="RiskInput"/>, scored by the kernel,
    /// explained from the kernel's output.</summary>
    /// <param name="input">The risk.</param>
    /// <param name="asOf">The evaluation date (for acceptance validity).</param>
    /// <exception cref="RiskScoringException">The risk cannot be scored; it lists every reason (see <see cref="Validate(RiskScoringInput)"/>).</exception>
    public RiskScore Score(RiskScoringInput input, LocalDate asOf)
    {
        var resolved = Resolve(input, asOf);
        if (!resolved.Errors.IsEmpty)
        {
            throw new RiskScoringException(resolved.Errors);
        }

        return Explain(input, resolved, Score(resolved.Input));
    }

    /// <summary>
    /// Turns an explainable input into a kernel input, resolving per-criterion consequences, the controls' reductions,
    /// the acceptance's state on <paramref name="asOf"/> and whether the risk owner gave it.
    /// </summary>
    /// <param name="input">The risk.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="RiskScoringException">The risk cannot be scored; it lists every reason.</exception>
    public RiskInput ToBatchInput(RiskScoringInput input, LocalDate asOf)
    {
        var resolved = Resolve(input, asOf);
        return resolved.Errors.IsEmpty ? resolved.Input : throw new RiskScoringException(resolved.Errors);
    }

    /// <summary>
    /// Likelihood levels taken off by a combined effectiveness: <c>floor(effectiveness x (likelihood - 1))</c>, so a
    /// fully effective control brings the likelihood to the lowest level and a 0% one changes nothing.
    /// </summary>
    internal static int EffectivenessLevels(double combinedEffectiveness, int currentLikelihood) =>
        (int)Math.Floor((combinedEffectiveness * (currentLikelihood - 1)) + 1e-9);

    /// <summary>Resolves an explainable input into a kernel input, collecting every reason it cannot be scored.</summary>
    internal Resolution Resolve(RiskScoringInput input, LocalDate asOf)
    {
        Guard.Against.Null(input);
        var id = input.RiskId;
        var errors = new List<IsmsError>();
        var (il, ic) = Assessment(errors, id, "Inherent", input.Inherent);
        var (cl, cc) = input.Current is { } current ? Assessment(errors, id, "Current", current) : (0, 0);
        var (rl, rc) = input.Residual is { } residual ? Assessment(errors, id, "Residual", residual) : (0, 0);

        // The effectiveness of controls without a declared effect is a share of the current likelihood's levels above
        // the lowest, so it is resolved against the current likelihood (as inherent when the current is not assessed).
        var (likelihoodCut, consequenceCut, applied) = Reductions(errors, input, cl != 0 ? cl : il);
        var state = AcceptanceState.None;
        var byOwner = true;
        var (al, ac) = (0, 0);
        if (input.Acceptance is { } acceptance)
        {
            Guard.Against.Null(acceptance.AcceptedBy, nameof(input));
            (al, ac) = Assessment(errors, id, "Acceptance.AcceptedAssessment", acceptance.AcceptedAssessment);
            state = acceptance.AcceptedOn > asOf ? AcceptanceState.NotYetValid
                : acceptance.ExpiresOn is { } expires && expires < asOf ? AcceptanceState.Expired
                : AcceptanceState.InForce;
            byOwner = input.Owner is not { } owner || string.Equals(owner, acceptance.AcceptedBy, StringComparison.Ordinal);
        }

        if (errors.Count > 0)
        {
            return new Resolution(default, [.. errors], []);
        }

        var kernelInput = new RiskInput(il, ic, cl, cc, rl, rc, Math.Min(likelihoodCut, byte.MaxValue), Math.Min(consequenceCut, byte.MaxValue), state, al, ac, byOwner);
        return new Resolution(kernelInput, [], applied);
    }

    /// <summary>The explained score of a resolved risk, built from the kernel's output alone (levels, cells, evaluation, flags).</summary>
    internal RiskScore Explain(RiskScoringInput input, Resolution resolved, RiskOutput output)
    {
        var x = resolved.Input;
        var flags = output.Flags;
        var matrix = Criteria.Matrix;
        var lines = ImmutableArray.CreateBuilder<string>();

        var inherent = Stage(RiskStage.Inherent, x.InherentLikelihood, x.InherentConsequence, output.Inherent, StageSource.Assessed);
        lines.Add($"Inherent: {Cell(inherent)} (assessed {Date(input.Inherent.AssessedOn)}{PerCriterion(input.Inherent)}).");

        var current = Stage(RiskStage.Current, output.CurrentLikelihood, output.CurrentConsequence, output.Current, input.Current is null ? StageSource.AsInherent : StageSource.Assessed);
        lines.Add(input.Current is { } currentAssessment
            ? $"Current: {Cell(current)} (assessed {Date(currentAssessment.AssessedOn)}{PerCriterion(currentAssessment)})."
            : $"Current: not assessed, as inherent: {Cell(current)}.");
        if ((flags & RiskScoreFlags.CurrentAboveInherent) != 0)
        {
            lines.Add("Current is above inherent: kept as assessed and reported.");
        }

        var derived = (flags & RiskScoreFlags.ResidualDerived) != 0;
        var residual = Stage(RiskStage.Residual, output.ResidualLikelihood, output.ResidualConsequence, output.Residual, derived ? StageSource.Derived : StageSource.Assessed);
        if (!derived)
        {
            lines.Add($"Residual: {Cell(residual)} (assessed {Date(input.Residual!.AssessedOn)}{PerCriterion(input.Residual)}).");
            if ((flags & RiskScoreFlags.ResidualAboveCurrent) != 0)
            {
                lines.Add("Residual is above current: kept as assessed and reported.");
            }
        }
        else
        {
            foreach (var r in resolved.Applied)
            {
                lines.Add(r.EffectivenessPercent is { } e && r.LikelihoodLevels == 0 && r.ConsequenceLevels == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Control {r.ControlId}: effectiveness {e}% (no declared effect).")
                    : $"Control {r.ControlId}: declared effect -{r.LikelihoodLevels} likelihood, -{r.ConsequenceLevels} consequence.");
            }

            var capped = (flags & RiskScoreFlags.ResidualCapped) != 0;
            lines.Add(resolved.Applied.IsEmpty
                ? $"Residual: no control counted, as current: {Cell(residual)}."
                : string.Create(CultureInfo.InvariantCulture, $"Residual: derived, likelihood {current.Likelihood.Value} - {x.LikelihoodReduction}, consequence {current.Consequence.Value} - {x.ConsequenceReduction} (each at least 1): {Cell(residual)}{(capped ? ", capped at the current level" : string.Empty)}."));
        }

        var appetite = matrix.Definition(Criteria.AcceptanceLevel).Name;
        lines.Add(output.Evaluation == RiskEvaluation.WithinAppetite
            ? $"Evaluation: current level {current.LevelName} is within the appetite ({appetite})."
            : $"Evaluation: current level {current.LevelName} is above the appetite ({appetite}).");
        lines.Add(AcceptanceLine(input, flags, residual, appetite));
        lines.Add(output.Evaluation switch
        {
            RiskEvaluation.WithinAppetite => "Result: within appetite.",
            RiskEvaluation.Accepted => "Result: accepted (the residual risk is accepted by its owner).",
            _ => (flags & RiskScoreFlags.ResidualWithinAppetite) != 0
                ? "Result: needs treatment (carry out the treatment that brings it within the appetite)."
                : "Result: needs treatment (treat it further, or have its owner accept the residual risk).",
        });

        return new RiskScore(input.RiskId, inherent, current, residual, output.Evaluation, flags, derived ? resolved.Applied : [], lines.ToImmutable());
    }

    /// <summary>
    /// THE scoring kernel: every level, evaluation and flag of every path comes from this loop. Branch-free per risk:
    /// every choice is a conditional move, so random registers cost no mispredictions. Validation is part of the
    /// look-ups: every index stays inside the 16x16 table, a cell off the scales reads 0, and an input with such a
    /// cell is written as zeros flagged <see cref="RiskScoreFlags.NotScored"/>.
    /// </summary>
    /// <returns>The number of inputs that could not be scored.</returns>
    private int Kernel(ReadOnlySpan<RiskInput> inputs, Span<RiskOutput> outputs)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        ref var decisions = ref MemoryMarshal.GetArrayDataReference(_decisions);
        var appetite = _appetite;
        ref var first = ref MemoryMarshal.GetReference(inputs);
        ref var output = ref MemoryMarshal.GetReference(outputs);
        var notScored = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            ref readonly var x = ref Unsafe.Add(ref first, i);
            int xil = x.IL, xic = x.IC, xcl = x.CL, xcc = x.CC, xrl = x.RL, xrc = x.RC, xal = x.AL, xac = x.AC;
            int acceptance = x.AcceptanceBits;
            var hasAcceptance = (acceptance & 3) != 0;

            // Levels by table look-up; a cell off the scales reads 0 (a byte above 15 is caught by `small`).
            int inherent = Unsafe.Add(ref table, Cell(xil, xic));
            var currentMask = -Bit((xcl | xcc) != 0, 1); // -1 when the current risk is assessed, else 0 (as inherent)
            var cl = xil ^ ((xil ^ xcl) & currentMask);
            var cc = xic ^ ((xic ^ xcc) & currentMask);
            int current = Unsafe.Add(ref table, Cell(cl, cc));
            var assessedResidual = (xrl | xrc) != 0;
            var residualMask = -Bit(assessedResidual, 1);
            var dl = AtLeastOne(cl - x.LR);
            var dc = AtLeastOne(cc - x.CR);
            var rl = dl ^ ((dl ^ xrl) & residualMask);
            var rc = dc ^ ((dc ^ xrc) & residualMask);
            int residual = Unsafe.Add(ref table, Cell(rl, rc));
            int accepted = Unsafe.Add(ref table, Cell(xal, xac));
            var small = (xil | xic | xcl | xcc | xrl | xrc | ((xal | xac) & -Bit(hasAcceptance, 1))) < 16;
            var ok = small & (inherent != 0) & (current != 0) & (residual != 0) & (!hasAcceptance | (accepted != 0));
            var okMask = -Bit(ok, 1); // -1 when scorable, else 0

            var capped = !assessedResidual & (residual > current);
            residual ^= (residual ^ current) & -Bit(capped, 1);
            // The evaluation and the acceptance flags: one look-up in the decision table of Evaluate (below).
            var decision = Unsafe.Add(ref decisions, (acceptance & 7) | (Bit(residual > appetite, 1) << 3) | (Bit((xal == rl) & (xac == rc), 1) << 4) | (Bit(current > appetite, 1) << 5));
            var flags = (int)(decision & 0xFFFF)
                | Bit((cl > xil) | (cc > xic) | (current > inherent), RiskScoreFlags.CurrentAboveInherent)
                | Bit(assessedResidual & ((rl > cl) | (rc > cc) | (residual > current)), RiskScoreFlags.ResidualAboveCurrent)
                | Bit(!assessedResidual, RiskScoreFlags.ResidualDerived)
                | Bit(capped, RiskScoreFlags.ResidualCapped);
            flags = (flags & okMask) | ((int)RiskScoreFlags.NotScored & ~okMask);
            var evaluation = (int)(decision >> 16);
            var packed = (ulong)(uint)(inherent | (current << 8) | (residual << 16) | (cl << 24))
                | ((ulong)(uint)(cc | (rl << 8) | (rc << 16) | (evaluation << 24)) << 32);
            RiskOutput.Write(ref Unsafe.Add(ref output, i), packed & (ulong)(long)okMask, (ushort)flags);
            notScored += 1 & ~okMask;
        }

        return notScored;
    }

    /// <summary>
    /// The evaluation and the acceptance rule (ISO/IEC 27001:2022 6.1.2 e and 6.1.3 f), for every combination of what
    /// they depend on; the kernel looks the answer up (<see cref="BuildDecisions"/>), so this is the rule's one statement.
    /// <list type="bullet">
    /// <item>The current level at or below the appetite: within appetite.</item>
    /// <item>An acceptance matters only when the residual level is above the appetite. It counts when it is in force on
    /// the date, given by the risk owner and of exactly the residual cell; each reason it does not count is a flag
    /// (a mismatch is flagged only for an acceptance in force).</item>
    /// <item>Above the appetite: accepted when the residual is above it too and its acceptance counts; otherwise needs
    /// treatment.</item>
    /// </list>
    /// </summary>
    /// <param name="state">The acceptance's state on the evaluation date (<see cref="AcceptanceState.None"/>: none).</param>
    /// <param name="byOwner">Whether the risk owner gave it.</param>
    /// <param name="residualAbove">Whether the residual level is above the appetite.</param>
    /// <param name="matches">Whether it accepted exactly the residual likelihood and consequence.</param>
    /// <param name="currentAbove">Whether the current level is above the appetite.</param>
    internal static (RiskEvaluation Evaluation, RiskScoreFlags Flags) Evaluate(AcceptanceState state, bool byOwner, bool residualAbove, bool matches, bool currentAbove)
    {
        var flags = residualAbove ? RiskScoreFlags.None : RiskScoreFlags.ResidualWithinAppetite;
        var accepted = false;
        if (residualAbove && state != AcceptanceState.None)
        {
            flags |= state switch
            {
                AcceptanceState.Expired => RiskScoreFlags.AcceptanceExpired,
                AcceptanceState.NotYetValid => RiskScoreFlags.AcceptanceNotYetValid,
                _ => matches ? RiskScoreFlags.None : RiskScoreFlags.AcceptanceMismatch,
            };
            if (!byOwner)
            {
                flags |= RiskScoreFlags.AcceptanceNotByOwner;
            }

            accepted = state == AcceptanceState.InForce && byOwner && matches;
            if (accepted)
            {
                flags |= RiskScoreFlags.ResidualAccepted;
            }
        }

        var evaluation = !currentAbove ? RiskEvaluation.WithinAppetite : accepted ? RiskEvaluation.Accepted : RiskEvaluation.NeedsTreatment;
        return (evaluation, flags);
    }

    /// <summary><see cref="Evaluate"/> for every key <c>acceptance state | not by owner &lt;&lt; 2 | residual above &lt;&lt; 3 |
    /// matches &lt;&lt; 4 | current above &lt;&lt; 5</c>: the flags in the low 16 bits, the evaluation above them. Internal so
    /// tests can check the table directly.</summary>
    internal static uint[] BuildDecisions()
    {
        var table = new uint[64];
        for (var key = 0; key < table.Length; key++)
        {
            var (evaluation, flags) = Evaluate((AcceptanceState)(key & 3), (key & 4) == 0, (key & 8) != 0, (key & 16) != 0, (key & 32) != 0);
            table[key] = (uint)flags | ((uint)evaluation << 16);
        }

        return table;
    }

    /// <summary>The table index of a cell: (likelihood &lt;&lt; 4) | consequence, each taken modulo 16 (a larger value
    /// makes the input invalid anyway).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Cell(int likelihood, int consequence) => ((likelihood & 15) << 4) | (consequence & 15);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLengthMismatch(int inputs, int outputs) =>
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{outputs} outputs for {inputs} inputs; give one output per input."), nameof(outputs));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InScale(int level, uint count) => (uint)(level - 1) < count;

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

    private static IsmsError Error(string code, string kind, string id, string member, string? value, string message) =>
        new(code, message) { EntityKind = kind, EntityId = id, Member = member, Value = value };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void CheckPair(List<IsmsError> errors, string id, string stage, int likelihood, int consequence, bool optional)
    {
        if (optional && likelihood == 0 && consequence == 0)
        {
            return;
        }

        if (optional && (likelihood == 0 || consequence == 0))
        {
            errors.Add(Error(RiskErrorCodes.IncompleteAssessment, nameof(RiskInput), id, likelihood == 0 ? stage + "Likelihood" : stage + "Consequence", "0",
                string.Create(CultureInfo.InvariantCulture, $"{stage} likelihood {likelihood} and consequence {consequence}: give both or neither.")));
            return;
        }

        if (!InScale(likelihood, _likelihoods))
        {
            errors.Add(Error(IsmsErrorCodes.AssessmentOutsideScale, nameof(RiskInput), id, stage + "Likelihood", Text(likelihood), LikelihoodMessage(likelihood)));
        }

        if (!InScale(consequence, _consequences))
        {
            errors.Add(Error(IsmsErrorCodes.AssessmentOutsideScale, nameof(RiskInput), id, stage + "Consequence", Text(consequence), ConsequenceMessage(consequence)));
        }
    }

    private string LikelihoodMessage(int value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} is not on the likelihood scale '{Criteria.Matrix.Likelihood.Name}' (levels 1 to {_likelihoods}).");

    private string ConsequenceMessage(int value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} is not on the consequence scale '{Criteria.Matrix.Consequence.Name}' (levels 1 to {_consequences}).");

    /// <summary>The likelihood and (combined) consequence of an assessment, or (0, 0) after adding why it cannot be used.</summary>
    private (int Likelihood, int Consequence) Assessment(List<IsmsError> errors, string id, string stage, RiskAssessment? assessment)
    {
        if (assessment is null)
        {
            errors.Add(Error(RiskErrorCodes.IncompleteAssessment, EntityKind, id, stage, null, "the assessment is missing."));
            return (0, 0);
        }

        var before = errors.Count;
        var likelihood = assessment.Likelihood.Value;
        if (!InScale(likelihood, _likelihoods))
        {
            errors.Add(Error(IsmsErrorCodes.AssessmentOutsideScale, EntityKind, id, stage + ".Likelihood", Text(likelihood), LikelihoodMessage(likelihood)));
        }

        if (assessment.ByCriterion.IsDefaultOrEmpty)
        {
            var consequence = assessment.Consequence.Value;
            if (!InScale(consequence, _consequences))
            {
                errors.Add(Error(IsmsErrorCodes.AssessmentOutsideScale, EntityKind, id, stage + ".Consequence", Text(consequence), ConsequenceMessage(consequence)));
            }

            return errors.Count == before ? (likelihood, consequence) : (0, 0);
        }

        for (var i = 0; i < assessment.ByCriterion.Length; i++)
        {
            var item = assessment.ByCriterion[i];
            if (!Criteria.ConsequenceCriteria.Contains(item.Criterion))
            {
                errors.Add(Error(RiskErrorCodes.UnknownConsequenceCriterion, EntityKind, id, string.Create(CultureInfo.InvariantCulture, $"{stage}.ByCriterion[{i}].Criterion"), item.Criterion.ToString(),
                    $"'{item.Criterion}' is not a consequence criterion of '{Criteria.Name}' ({string.Join(", ", Criteria.ConsequenceCriteria)})."));
            }

            if (!InScale(item.Level.Value, _consequences))
            {
                errors.Add(Error(IsmsErrorCodes.AssessmentOutsideScale, EntityKind, id, string.Create(CultureInfo.InvariantCulture, $"{stage}.ByCriterion[{i}].Level"), Text(item.Level.Value), ConsequenceMessage(item.Level.Value)));
            }
        }

        return errors.Count == before ? (likelihood, Criteria.CombineConsequences(assessment.ByCriterion).Value) : (0, 0);
    }

    private static (int Likelihood, int Consequence, ImmutableArray<AppliedReduction> Applied) Reductions(List<IsmsError> errors, RiskScoringInput input, int currentLikelihood)
    {
        if (input.Controls.IsDefaultOrEmpty)
        {
            return (0, 0, []);
        }

        var applied = ImmutableArray.CreateBuilder<AppliedReduction>(input.Controls.Length);
        int likelihood = 0, consequence = 0;
        var remaining = 1.0; // probability that every effectiveness-only control fails
        for (var i = 0; i < input.Controls.Length; i++)
        {
            var control = input.Controls[i];
            Guard.Against.Null(control, nameof(input));
            var member = string.Create(CultureInfo.InvariantCulture, $"Controls[{i}]");
            var valid = true;
            if (control.LikelihoodLevels < 0 || control.ConsequenceLevels < 0)
            {
                valid = false;
                var (field, value) = control.LikelihoodLevels < 0 ? (".LikelihoodLevels", control.LikelihoodLevels) : (".ConsequenceLevels", control.ConsequenceLevels);
                errors.Add(Error(IsmsErrorCodes.OutOfRange, EntityKind, input.RiskId, member + field, Text(value),
                    string.Create(CultureInfo.InvariantCulture, $"control {control.ControlId}'s effect (-{control.LikelihoodLevels} likelihood, -{control.ConsequenceLevels} consequence) is negative; a control reduces risk by 0 or more levels.")));
            }

            if (control.EffectivenessPercent is { } e && !(e >= 0 && e <= 100))
            {
                valid = false;
                errors.Add(Error(IsmsErrorCodes.OutOfRange, EntityKind, input.RiskId, member + ".EffectivenessPercent", e.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"control {control.ControlId}'s effectiveness {e}% is outside 0-100%.")));
            }

            if (!valid)
            {
                continue;
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

        likelihood += Math.Max(0, EffectivenessLevels(1 - remaining, currentLikelihood));
        return (likelihood, consequence, applied.ToImmutable());
    }

    private string AcceptanceLine(RiskScoringInput input, RiskScoreFlags flags, StageScore residual, string appetite)
    {
        if ((flags & RiskScoreFlags.ResidualWithinAppetite) != 0)
        {
            return $"Acceptance: residual level {residual.LevelName} is within the appetite ({appetite}): no acceptance is needed.";
        }

        if (input.Acceptance is not { } acceptance)
        {
            return $"Acceptance: residual level {residual.LevelName} is above the appetite ({appetite}) and not accepted by the risk owner.";
        }

        if ((flags & RiskScoreFlags.ResidualAccepted) != 0)
        {
            return $"Acceptance: residual level {residual.LevelName} is above the appetite ({appetite}); accepted by {acceptance.AcceptedBy} on {Date(acceptance.AcceptedOn)}{(acceptance.ExpiresOn is { } until ? $" until {Date(until)}" : " without expiry")}.";
        }

        var reasons = new List<string>();
        if ((flags & RiskScoreFlags.AcceptanceNotYetValid) != 0)
        {
            reasons.Add($"it is dated {Date(acceptance.AcceptedOn)}, after the evaluation date");
        }

        if ((flags & RiskScoreFlags.AcceptanceExpired) != 0)
        {
            reasons.Add($"it expired on {Date(acceptance.ExpiresOn!.Value)}");
        }

        if ((flags & RiskScoreFlags.AcceptanceMismatch) != 0)
        {
            var accepted = acceptance.AcceptedAssessment;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"it accepted {accepted.Likelihood.Value}x{accepted.Consequence.Value}, the residual is {residual.Likelihood.Value}x{residual.Consequence.Value}"));
        }

        if ((flags & RiskScoreFlags.AcceptanceNotByOwner) != 0)
        {
            reasons.Add($"{acceptance.AcceptedBy} is not the risk owner {input.Owner}");
        }

        return $"Acceptance: residual level {residual.LevelName} is above the appetite ({appetite}); the acceptance by {acceptance.AcceptedBy} does not count ({string.Join("; ", reasons)}).";
    }

    private StageScore Stage(RiskStage stage, LikelihoodLevel likelihood, ConsequenceLevel consequence, RiskLevel level, StageSource source) =>
        new(stage, likelihood, consequence, level, Criteria.Matrix.Definition(level).Name, source, Formula?.ScoreOf(likelihood, consequence));

    private string Cell(StageScore s) =>
        $"likelihood {s.Likelihood.Value} ({Criteria.Matrix.Likelihood[s.Likelihood.Value].Name}) x consequence {s.Consequence.Value} ({Criteria.Matrix.Consequence[s.Consequence.Value].Name}) = {s.LevelName}"
        + (s.Score is { } score ? string.Create(CultureInfo.InvariantCulture, $" (score {score:0.##})") : string.Empty);

    private string PerCriterion(RiskAssessment assessment) =>
        assessment.ByCriterion.IsDefaultOrEmpty
            ? string.Empty
            : $"; consequence {Criteria.Combination} of {string.Join(", ", assessment.ByCriterion.Select(c => $"{c.Criterion} {c.Level.Value}"))}";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An explainable input resolved for the kernel: the kernel input (default when <see cref="Errors"/> is
    /// not empty), why it cannot be scored, and the controls' reductions for the explanation.</summary>
    internal sealed class Resolution(RiskInput input, ImmutableArray<IsmsError> errors, ImmutableArray<AppliedReduction> applied)
    {
        public RiskInput Input { get; } = input;

        public ImmutableArray<IsmsError> Errors { get; } = errors;

        public ImmutableArray<AppliedReduction> Applied { get; } = applied;
    }
}
