using BenchmarkDotNet.Attributes;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;

namespace Isms.Benchmarks;

/// <summary>
/// Scoring a register (inherent, current, residual, evaluation with the acceptance of the residual risk) of N risks:
/// the batch path over spans (the one scoring kernel, validating every input) against a straightforward per-risk
/// implementation of the same rules with LINQ and dictionaries, as a typical application would write it.
/// ns per risk = Mean / Risks.
/// </summary>
[MemoryDiagnoser]
public class RiskScoringBenchmarks
{
    private RiskScorer _scorer = null!;
    private RiskInput[] _inputs = null!;
    private RiskOutput[] _outputs = null!;
    private List<TypicalRisk> _typical = null!;
    private Dictionary<string, string> _typicalMatrix = null!;
    private Dictionary<string, int> _typicalRank = null!;
    private int _typicalAppetite;

    /// <summary>The number of risks in the register.</summary>
    [Params(1_000, 100_000, 1_000_000)]
    public int Risks { get; set; }

    /// <summary>Builds the same random register for both implementations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var criteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2);
        _scorer = new RiskScorer(criteria);
        var random = new Random(42);
        _inputs = new RiskInput[Risks];
        _outputs = new RiskOutput[Risks];
        _typical = new List<TypicalRisk>(Risks);
        for (var i = 0; i < Risks; i++)
        {
            int il = random.Next(1, 6), ic = random.Next(1, 6);
            int cl = random.Next(1, il + 1), cc = random.Next(1, ic + 1);
            var assessedResidual = random.Next(4) == 0;
            int rl = assessedResidual ? random.Next(1, cl + 1) : 0, rc = assessedResidual ? random.Next(1, cc + 1) : 0;
            var controls = Enumerable.Range(0, random.Next(0, 3)).Select(k => new TypicalControl($"C{k}", "Implemented", random.Next(0, 2), random.Next(0, 2))).ToList();
            var accepted = random.Next(5) == 0;
            var byOwner = random.Next(10) != 0;
            _inputs[i] = new RiskInput(il, ic, cl, cc, rl, rc, controls.Sum(c => c.LikelihoodReduction), controls.Sum(c => c.ConsequenceReduction), accepted ? AcceptanceState.InForce : AcceptanceState.None, accepted ? cl : 0, accepted ? cc : 0, byOwner);
            _typical.Add(new TypicalRisk($"R-{i}", il, ic, cl, cc, assessedResidual ? rl : null, assessedResidual ? rc : null, controls, accepted ? (cl, cc, byOwner) : null));
        }

        _typicalMatrix = [];
        for (var l = 1; l <= 5; l++)
        {
            for (var c = 1; c <= 5; c++)
            {
                var level = criteria.Matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c));
                _typicalMatrix[$"{l}-{c}"] = criteria.Matrix.Definition(level).Name;
            }
        }

        _typicalRank = criteria.Matrix.Levels.Select((d, i) => (d.Name, i + 1)).ToDictionary(x => x.Name, x => x.Item2);
        _typicalAppetite = criteria.AcceptanceLevel.Value;
    }

    /// <summary>A typical application: objects, string-keyed dictionary look-ups, LINQ over the controls, a result per risk.</summary>
    [Benchmark(Baseline = true)]
    public int TypicalLinqAndDictionaries()
    {
        var results = new List<TypicalResult>();
        foreach (var risk in _typical)
        {
            var inherent = _typicalMatrix[$"{risk.InherentLikelihood}-{risk.InherentConsequence}"];
            var current = _typicalMatrix[$"{risk.CurrentLikelihood}-{risk.CurrentConsequence}"];
            int rl, rc;
            if (risk.ResidualLikelihood is { } l && risk.ResidualConsequence is { } c)
            {
                (rl, rc) = (l, c);
            }
            else
            {
                var implemented = risk.Controls.Where(x => x.Status == "Implemented").ToList();
                rl = Math.Max(1, risk.CurrentLikelihood - implemented.Sum(x => x.LikelihoodReduction));
                rc = Math.Max(1, risk.CurrentConsequence - implemented.Sum(x => x.ConsequenceReduction));
            }

            var residual = _typicalMatrix[$"{rl}-{rc}"];
            if (_typicalRank[residual] > _typicalRank[current])
            {
                residual = current;
            }

            // 6.1.2 e on the current level; 6.1.3 f: the owner's acceptance of the residual cell, when above the appetite.
            var status = _typicalRank[current] <= _typicalAppetite ? "Within appetite"
                : _typicalRank[residual] > _typicalAppetite && risk.Accepted is { } a && a.ByOwner && a.L == rl && a.C == rc ? "Accepted"
                : "Needs treatment";
            results.Add(new TypicalResult(risk.Id, inherent, current, residual, status));
        }

        return results.Count(r => r.Status == "Needs treatment");
    }

    /// <summary>The batch path: one pass over spans, a table look-up per stage, nothing allocated.</summary>
    [Benchmark]
    public int BatchOverSpans()
    {
        if (_scorer.ScoreBatch(_inputs, _outputs) != 0)
        {
            throw new InvalidOperationException("Every input of the benchmark is on the scales.");
        }

        var needsTreatment = 0;
        foreach (ref readonly var output in _outputs.AsSpan())
        {
            needsTreatment += output.Evaluation == RiskEvaluation.NeedsTreatment ? 1 : 0;
        }

        return needsTreatment;
    }

    private sealed record TypicalControl(string Id, string Status, int LikelihoodReduction, int ConsequenceReduction);

    private sealed record TypicalRisk(string Id, int InherentLikelihood, int InherentConsequence, int CurrentLikelihood, int CurrentConsequence, int? ResidualLikelihood, int? ResidualConsequence, List<TypicalControl> Controls, (int L, int C, bool ByOwner)? Accepted);

    private sealed record TypicalResult(string Id, string Inherent, string Current, string Residual, string Status);
}
