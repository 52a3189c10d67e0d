using Isms.Risk.Presets;
using Isms.Risk.Scoring;

namespace Isms.Risk.Tests.Scoring;

public sealed class BatchPathTests
{
    private static readonly RiskScorer Scorer = new(RiskMatrixPresets.NistSp80030Rev1());

    private static RiskInput[] Inputs(int count, int seed)
    {
        var random = new Random(seed);
        var inputs = new RiskInput[count];
        for (var i = 0; i < count; i++)
        {
            int il = random.Next(1, 6), ic = random.Next(1, 6);
            int cl = random.Next(1, il + 1), cc = random.Next(1, ic + 1);
            var accepted = random.Next(4) == 0;
            inputs[i] = new RiskInput(il, ic, cl, cc, 0, 0, random.Next(0, 3), random.Next(0, 2), accepted ? (AcceptanceState)random.Next(1, 4) : AcceptanceState.None, accepted ? cl : 0, accepted ? cc : 0);
        }

        return inputs;
    }

    [Fact]
    public void Scoring_a_batch_allocates_nothing()
    {
        var inputs = Inputs(50_000, 1);
        var outputs = new RiskOutput[inputs.Length];
        Scorer.ScoreBatch(inputs, outputs); // warm up (JIT)

        var before = GC.GetAllocatedBytesForCurrentThread();
        Scorer.ScoreBatch(inputs, outputs);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Many_threads_scoring_slices_at_once_get_the_same_results_as_one_thread()
    {
        var inputs = Inputs(200_000, 2);
        var sequential = new RiskOutput[inputs.Length];
        Scorer.ScoreBatch(inputs, sequential);

        var parallel = new RiskOutput[inputs.Length];
        const int slice = 10_000;
        Parallel.For(0, inputs.Length / slice, new ParallelOptions { MaxDegreeOfParallelism = 8 }, s =>
            Scorer.ScoreBatch(inputs.AsSpan(s * slice, slice), parallel.AsSpan(s * slice, slice)));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void A_risk_above_appetite_is_accepted_only_by_an_acceptance_in_force_by_the_owner_of_the_residual_cell()
    {
        var criteria = RiskMatrixPresets.NistSp80030Rev1(acceptanceLevel: 2);
        var scorer = new RiskScorer(criteria);
        RiskEvaluation Evaluate(RiskInput input) => scorer.Score(in input).Evaluation;

        Assert.Equal(RiskEvaluation.Accepted, Evaluate(new RiskInput(5, 5, acceptance: AcceptanceState.InForce, acceptedLikelihood: 5, acceptedConsequence: 5)));
        Assert.Equal(RiskEvaluation.NeedsTreatment, Evaluate(new RiskInput(5, 5, acceptance: AcceptanceState.Expired, acceptedLikelihood: 5, acceptedConsequence: 5)));
        Assert.Equal(RiskEvaluation.NeedsTreatment, Evaluate(new RiskInput(5, 5, acceptance: AcceptanceState.NotYetValid, acceptedLikelihood: 5, acceptedConsequence: 5)));
        Assert.Equal(RiskEvaluation.NeedsTreatment, Evaluate(new RiskInput(5, 5, acceptance: AcceptanceState.InForce, acceptedLikelihood: 4, acceptedConsequence: 5)));
        Assert.Equal(RiskEvaluation.NeedsTreatment, Evaluate(new RiskInput(5, 5, acceptance: AcceptanceState.InForce, acceptedLikelihood: 5, acceptedConsequence: 5, acceptedByOwner: false)));

        // The residual (one likelihood level off: 4x5) is what is accepted, not the current 5x5.
        Assert.Equal(RiskEvaluation.NeedsTreatment, Evaluate(new RiskInput(5, 5, likelihoodReduction: 1, acceptance: AcceptanceState.InForce, acceptedLikelihood: 5, acceptedConsequence: 5)));
        Assert.Equal(RiskEvaluation.Accepted, Evaluate(new RiskInput(5, 5, likelihoodReduction: 1, acceptance: AcceptanceState.InForce, acceptedLikelihood: 4, acceptedConsequence: 5)));
        Assert.Equal(RiskEvaluation.WithinAppetite, Evaluate(new RiskInput(1, 5)));
    }

    [Fact]
    public void An_input_with_random_bytes_never_reads_outside_the_matrix_and_is_flagged_exactly_when_invalid()
    {
        var random = new Random(7);
        var inputs = new RiskInput[20_000];
        for (var i = 0; i < inputs.Length; i++)
        {
            int B() => random.Next(3) == 0 ? random.Next(0, 256) : random.Next(0, 7);
            inputs[i] = new RiskInput(B(), B(), B(), B(), B(), B(), B(), B(), (AcceptanceState)random.Next(0, 4), B(), B(), random.Next(2) == 0);
        }

        var outputs = new RiskOutput[inputs.Length];
        var notScored = Scorer.ScoreBatch(inputs, outputs);

        Assert.Equal(outputs.Count(o => !o.IsScored), notScored);
        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(Scorer.Validate(in inputs[i], "#").IsEmpty, outputs[i].IsScored);
            if (!outputs[i].IsScored)
            {
                var o = outputs[i];
                Assert.Equal((RiskScoreFlags.NotScored, RiskEvaluation.None, 0, 0, 0, 0, 0), (o.Flags, o.Evaluation, o.Inherent.Value, o.Current.Value, o.Residual.Value, o.ResidualLikelihood.Value, o.CurrentLikelihood.Value));
            }
        }
    }
}
