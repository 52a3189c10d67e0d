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
    public void An_accepted_risk_above_appetite_needs_an_acceptance_in_force_of_the_current_cell()
    {
        var criteria = RiskMatrixPresets.NistSp80030Rev1(acceptanceLevel: 2);
        var scorer = new RiskScorer(criteria);

        Assert.Equal(RiskEvaluation.Accepted, scorer.Score(new RiskInput(5, 5, acceptance: AcceptanceState.InForce, acceptedLikelihood: 5, acceptedConsequence: 5)).Evaluation);
        Assert.Equal(RiskEvaluation.NeedsTreatment, scorer.Score(new RiskInput(5, 5, acceptance: AcceptanceState.Expired, acceptedLikelihood: 5, acceptedConsequence: 5)).Evaluation);
        Assert.Equal(RiskEvaluation.NeedsTreatment, scorer.Score(new RiskInput(5, 5, acceptance: AcceptanceState.InForce, acceptedLikelihood: 4, acceptedConsequence: 5)).Evaluation);
        Assert.Equal(RiskEvaluation.WithinAppetite, scorer.Score(new RiskInput(1, 5)).Evaluation);
    }
}
