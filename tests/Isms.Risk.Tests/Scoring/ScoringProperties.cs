using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;

namespace Isms.Risk.Tests.Scoring;

public static class RiskArbitraries
{
    public static Arbitrary<RandomRegister> Register() =>
        Gen.Choose(0, int.MaxValue).Select(RandomRegister.Create).ToArbitrary();
}

public sealed class ScoringProperties
{
    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 200)]
    public bool A_monotone_matrix_gives_monotone_scoring(RandomRegister register)
    {
        var scorer = new RiskScorer(register.Criteria);
        var lCount = register.Criteria.Matrix.Likelihood.Count;
        var cCount = register.Criteria.Matrix.Consequence.Count;
        for (var l = 1; l <= lCount; l++)
        {
            for (var c = 1; c <= cCount; c++)
            {
                var here = scorer.Score(new RiskInput(l, c)).Inherent.Value;
                if ((l < lCount && scorer.Score(new RiskInput(l + 1, c)).Inherent.Value < here)
                    || (c < cCount && scorer.Score(new RiskInput(l, c + 1)).Inherent.Value < here))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 200)]
    public bool Residual_is_never_above_current_and_current_never_above_inherent_when_derived(RandomRegister register)
    {
        var scorer = new RiskScorer(register.Criteria);
        foreach (var risk in register.Risks)
        {
            var derived = risk with
            {
                Current = risk.Current is { } c && c.Likelihood.Value <= risk.Inherent.Likelihood.Value && c.Consequence.Value <= risk.Inherent.Consequence.Value ? c : null,
                Residual = null,
            };
            var score = scorer.Score(derived, RandomRegister.Today);
            if (score.Residual.Level.Value > score.Current.Level.Value || score.Current.Level.Value > score.Inherent.Level.Value
                || score.Residual.Likelihood.Value > score.Current.Likelihood.Value || score.Residual.Consequence.Value > score.Current.Consequence.Value)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool Derived_residual_is_never_above_current_even_with_a_non_monotone_matrix(int seed)
    {
        var register = RandomRegister.Create(seed, monotone: false);
        var scorer = new RiskScorer(register.Criteria);
        return register.Risks.All(r => scorer.Score(r with { Residual = null }, RandomRegister.Today) is var s && s.Residual.Level.Value <= s.Current.Level.Value);
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 200)]
    public bool Scoring_is_deterministic_and_independent_of_register_order(RandomRegister register, int shuffleSeed)
    {
        var scorer = new RiskScorer(register.Criteria);
        var first = register.Risks.Select(r => scorer.Score(r, RandomRegister.Today)).ToArray();
        var again = register.Risks.Select(r => scorer.Score(r, RandomRegister.Today)).ToArray();
        var shuffled = register.Risks.ToArray();
        new Random(shuffleSeed).Shuffle(shuffled);
        var byId = shuffled.Select(r => scorer.Score(r, RandomRegister.Today)).ToDictionary(s => s.RiskId);

        for (var i = 0; i < first.Length; i++)
        {
            if (!Same(first[i], again[i]) || !Same(first[i], byId[first[i].RiskId]))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public bool Batch_and_explained_paths_agree_on_every_field_of_every_random_register(RandomRegister register)
    {
        var scorer = new RiskScorer(register.Criteria);
        var singles = register.Risks.Select(r => scorer.Score(r, RandomRegister.Today)).ToArray();
        var inputs = register.Risks.Select(r => scorer.ToBatchInput(r, RandomRegister.Today)).ToArray();
        var outputs = new RiskOutput[inputs.Length];
        if (scorer.ScoreBatch(inputs, outputs) != 0)
        {
            return false;
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            var s = singles[i];
            var b = outputs[i];
            if (b.Inherent != s.Inherent.Level || b.Current != s.Current.Level || b.Residual != s.Residual.Level
                || b.CurrentLikelihood != s.Current.Likelihood || b.CurrentConsequence != s.Current.Consequence
                || b.ResidualLikelihood != s.Residual.Likelihood || b.ResidualConsequence != s.Residual.Consequence
                || inputs[i].InherentLikelihood != s.Inherent.Likelihood || inputs[i].InherentConsequence != s.Inherent.Consequence
                || b.Evaluation != s.Evaluation || b.Flags != s.Flags || scorer.Score(in inputs[i]) != b)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool Batch_and_explained_paths_agree_with_non_monotone_matrices_too(int seed)
    {
        var register = RandomRegister.Create(seed, monotone: false);
        var scorer = new RiskScorer(register.Criteria);
        var inputs = register.Risks.Select(r => scorer.ToBatchInput(r, RandomRegister.Today)).ToArray();
        var outputs = new RiskOutput[inputs.Length];
        scorer.ScoreBatch(inputs, outputs);
        return register.Risks.Select((r, i) => (s: scorer.Score(r, RandomRegister.Today), b: outputs[i]))
            .All(x => x.b.Residual == x.s.Residual.Level && x.b.Flags == x.s.Flags && x.b.Evaluation == x.s.Evaluation && x.b.Current == x.s.Current.Level
                && x.b.ResidualLikelihood == x.s.Residual.Likelihood && x.b.ResidualConsequence == x.s.Residual.Consequence);
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 200)]
    public bool The_evaluation_follows_the_documented_rule_on_every_random_register(RandomRegister register)
    {
        // docs/risk.md: within appetite when the current level is at or below the acceptance level; otherwise accepted
        // exactly when the residual is above it too and an acceptance in force, by the owner, of the residual cell exists.
        var scorer = new RiskScorer(register.Criteria);
        var appetite = register.Criteria.AcceptanceLevel.Value;
        ConsequenceLevel Combined(RiskAssessment x) => x.ByCriterion.IsDefaultOrEmpty ? x.Consequence : register.Criteria.CombineConsequences(x.ByCriterion);
        foreach (var risk in register.Risks)
        {
            var s = scorer.Score(risk, RandomRegister.Today);
            var a = risk.Acceptance;
            var counts = a is not null && a.AcceptedOn <= RandomRegister.Today && (a.ExpiresOn is null || a.ExpiresOn >= RandomRegister.Today)
                && a.AcceptedBy == risk.Owner
                && a.AcceptedAssessment.Likelihood == s.Residual.Likelihood && Combined(a.AcceptedAssessment) == s.Residual.Consequence;
            var expected = s.Current.Level.Value <= appetite ? RiskEvaluation.WithinAppetite
                : s.Residual.Level.Value > appetite && counts ? RiskEvaluation.Accepted
                : RiskEvaluation.NeedsTreatment;
            if (s.Evaluation != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool The_kernel_flags_an_input_as_not_scored_exactly_when_Validate_finds_an_error(byte il, byte ic, byte cl, byte cc, byte rl, byte rc, byte lr, byte state, byte al, byte ac, bool byOwner)
    {
        var scorer = new RiskScorer(Isms.Risk.Presets.RiskMatrixPresets.Common5x5(acceptanceLevel: 2));
        static int Small(byte b) => b % 8; // 0 to 7 around the 1-5 scales
        var input = new RiskInput(Small(il), Small(ic), Small(cl), Small(cc), Small(rl), Small(rc), lr % 6, lr / 64, (AcceptanceState)(state % 4), Small(al), Small(ac), byOwner);
        var output = scorer.Score(in input);
        if (scorer.Validate(in input, "#").IsEmpty != output.IsScored)
        {
            return false;
        }

        if (!output.IsScored)
        {
            return output.Flags == RiskScoreFlags.NotScored && output.Evaluation == RiskEvaluation.None;
        }

        // A derived residual is never above current (level and cell).
        return output.Evaluation != RiskEvaluation.None
            && (!output.Flags.HasFlag(RiskScoreFlags.ResidualDerived)
                || (output.Residual.Value <= output.Current.Value && output.ResidualLikelihood.Value <= output.CurrentLikelihood.Value && output.ResidualConsequence.Value <= output.CurrentConsequence.Value));
    }

    private static bool Same(RiskScore a, RiskScore b) =>
        a.RiskId == b.RiskId && a.Inherent == b.Inherent && a.Current == b.Current && a.Residual == b.Residual
        && a.Evaluation == b.Evaluation && a.Flags == b.Flags && a.Explanation.SequenceEqual(b.Explanation);
}
