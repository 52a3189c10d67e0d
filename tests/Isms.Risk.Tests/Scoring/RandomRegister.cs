using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Risk.Tests.Scoring;

/// <summary>A random methodology (N x M monotone matrix) and a random register on it, reproducible from a seed.</summary>
public sealed class RandomRegister
{
    public static readonly LocalDate Today = new(2026, 11, 28);

    private RandomRegister(int seed, RiskCriteria criteria, RiskScoringInput[] risks)
    {
        Seed = seed;
        Criteria = criteria;
        Risks = risks;
    }

    public int Seed { get; }

    public RiskCriteria Criteria { get; }

    public RiskScoringInput[] Risks { get; }

    public static RandomRegister Create(int seed) => Create(seed, monotone: true);

    public static RandomRegister Create(int seed, bool monotone)
    {
        var random = new Random(seed);
        var criteria = RandomCriteria(random, monotone);
        var n = random.Next(0, 40);
        var risks = new RiskScoringInput[n];
        for (var i = 0; i < n; i++)
        {
            risks[i] = RandomRisk(random, criteria, $"R-{i:000}");
        }

        return new RandomRegister(seed, criteria, risks);
    }

    public static RiskCriteria RandomCriteria(Random random, bool monotone)
    {
        var lCount = random.Next(2, 11);
        var cCount = random.Next(2, 11);
        var levels = random.Next(2, 7);
        var cells = new int[lCount][];
        for (var l = 0; l < lCount; l++)
        {
            cells[l] = new int[cCount];
            for (var c = 0; c < cCount; c++)
            {
                var floor = monotone ? Math.Max(l > 0 ? cells[l - 1][c] : 1, c > 0 ? cells[l][c - 1] : 1) : 1;
                cells[l][c] = random.Next(2) == 0 ? floor : random.Next(floor, levels + 1);
            }
        }

        var matrix = new RiskMatrix(Scale("Likelihood", lCount), Scale("Consequence", cCount), Enumerable.Range(1, levels).Select(i => new RiskLevelDefinition($"R{i}", $"R{i}", "#000000", string.Empty)), cells, allowNonMonotone: !monotone);
        return new RiskCriteria($"random {lCount}x{cCount}", matrix, new RiskLevel(random.Next(1, levels + 1)));
    }

    private static RiskScale Scale(string name, int count) =>
        new(name, Enumerable.Range(1, count).Select(i => new ScaleLevel($"{name[0]}{i}", $"{name[0]}{i}", i, string.Empty, "#000000")));

    private static RiskScoringInput RandomRisk(Random random, RiskCriteria criteria, string id)
    {
        var lCount = criteria.Matrix.Likelihood.Count;
        var cCount = criteria.Matrix.Consequence.Count;
        RiskAssessment Assess() => new(new LikelihoodLevel(random.Next(1, lCount + 1)), new ConsequenceLevel(random.Next(1, cCount + 1)), Today.PlusDays(-random.Next(0, 400)));
        RiskAssessment Below(RiskAssessment a) => new(new LikelihoodLevel(random.Next(1, a.Likelihood.Value + 1)), new ConsequenceLevel(random.Next(1, a.Consequence.Value + 1)), a.AssessedOn);

        var inherent = Assess();
        var current = random.Next(4) switch
        {
            0 => null,
            1 => Assess(),
            _ => Below(inherent),
        };
        var residual = random.Next(3) == 0 ? Assess() : null;
        var controls = Enumerable.Range(0, random.Next(0, 4))
            .Select(k => random.Next(3) == 0
                ? new ControlReduction($"C{k}", EffectivenessPercent: random.Next(0, 101))
                : new ControlReduction($"C{k}", random.Next(0, 3), random.Next(0, 3)))
            .ToArray();
        AcceptanceInput? acceptance = null;
        if (random.Next(3) == 0)
        {
            var basis = random.Next(3) switch
            {
                0 => current ?? inherent,
                1 => residual ?? current ?? inherent,
                _ => Assess(),
            };
            acceptance = new AcceptanceInput(random.Next(6) == 0 ? "deputy" : "owner", Today.PlusDays(random.Next(-300, 30)), random.Next(3) == 0 ? null : Today.PlusDays(random.Next(-100, 400)), basis);
        }

        return new RiskScoringInput(id, inherent) { Owner = "owner", Current = current, Residual = residual, Controls = [.. controls], Acceptance = acceptance };
    }

    public override string ToString() => $"seed {Seed}: {Criteria.Name}, {Risks.Length} risks";
}
