using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
        var first = scorer.ScoreAll(register.Risks, RandomRegister.Today);
        var again = scorer.ScoreAll(register.Risks, RandomRegister.Today);
        var shuffled = register.Risks.ToArray();
        new Random(shuffleSeed).Shuffle(shuffled);
        var byId = scorer.ScoreAll(shuffled, RandomRegister.Today).ToDictionary(s => s.RiskId);

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
    public bool Batch_and_single_risk_APIs_agree_on_every_random_register(RandomRegister register)
    {
        var scorer = new RiskScorer(register.Criteria);
        var singles = scorer.ScoreAll(register.Risks, RandomRegister.Today);
        var inputs = register.Risks.Select(r => scorer.ToBatchInput(r, RandomRegister.Today)).ToArray();
        var outputs = new RiskOutput[inputs.Length];
        scorer.ScoreBatch(inputs, outputs);

        for (var i = 0; i < inputs.Length; i++)
        {
            var s = singles[i];
            var b = outputs[i];
            if (b.Inherent != s.Inherent.Level || b.Current != s.Current.Level || b.Residual != s.Residual.Level
                || b.ResidualLikelihood != s.Residual.Likelihood || b.ResidualConsequence != s.Residual.Consequence
                || b.Evaluation != s.Evaluation || b.Flags != s.Flags || scorer.Score(in inputs[i]) != b)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool Batch_and_single_risk_APIs_agree_with_non_monotone_matrices_too(int seed)
    {
        var register = RandomRegister.Create(seed, monotone: false);
        var scorer = new RiskScorer(register.Criteria);
        var inputs = register.Risks.Select(r => scorer.ToBatchInput(r, RandomRegister.Today)).ToArray();
        var outputs = new RiskOutput[inputs.Length];
        scorer.ScoreBatch(inputs, outputs);
        return register.Risks.Select((r, i) => (s: scorer.Score(r, RandomRegister.Today), b: outputs[i]))
            .All(x => x.b.Residual == x.s.Residual.Level && x.b.Flags == x.s.Flags && x.b.Evaluation == x.s.Evaluation && x.b.Current == x.s.Current.Level);
    }

    private static bool Same(RiskScore a, RiskScore b) =>
        a.RiskId == b.RiskId && a.Inherent == b.Inherent && a.Current == b.Current && a.Residual == b.Residual
        && a.Evaluation == b.Evaluation && a.Flags == b.Flags && a.Explanation.SequenceEqual(b.Explanation);
}
