using Isms.Core;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using Isms.Risk.Presets;

namespace Isms.Risk.Tests.Methodology;

public sealed class FormulaMethodTests
{
    [Theory]
    [InlineData("L x I", 3, 4, 12)]
    [InlineData("L*I+2I", 3, 4, 20)]
    [InlineData("L*I+I", 3, 4, 16)]
    [InlineData("L*I+L", 3, 4, 15)]
    [InlineData("L*I+2L", 3, 4, 18)]
    public void Each_formula_computes_its_score(string name, int l, int i, double expected)
    {
        var method = FormulaMethod.All.Single(m => m.Name == name);

        Assert.Equal(expected, method.Score(l, i, 5, 5));
    }

    [Fact]
    public void Scaled_methods_give_10_at_the_highest_cell_and_scale_the_rest_proportionally()
    {
        foreach (var method in FormulaMethod.All)
        {
            var scaled = FormulaMethod.ScaledToTen(method);
            Assert.Equal(10, scaled.Score(5, 5, 5, 5), 9);
            Assert.Equal(10 * method.Score(2, 3, 5, 5) / method.Score(5, 5, 5, 5), scaled.Score(2, 3, 5, 5), 9);
            Assert.Contains("0-10", scaled.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Impact_weighted_variants_rank_a_severe_impact_above_a_frequent_trivial_event()
    {
        var m = FormulaMethod.PlusTwiceImpact;

        Assert.True(m.Score(1, 5, 5, 5) > m.Score(5, 1, 5, 5));
        Assert.True(FormulaMethod.PlusTwiceLikelihood.Score(5, 1, 5, 5) > FormulaMethod.PlusTwiceLikelihood.Score(1, 5, 5, 5));
    }

    [Fact]
    public void A_formula_matrix_keeps_the_scores_and_maps_them_by_threshold()
    {
        var (criteria, formula) = RiskMatrixPresets.Formula5x5Matrix(FormulaMethod.LikelihoodTimesImpact);

        Assert.Equal(10, formula.ScoreOf(new LikelihoodLevel(5), new ConsequenceLevel(5)), 9);
        Assert.Equal(1.6, formula.ScoreOf(new LikelihoodLevel(2), new ConsequenceLevel(2)), 9);
        Assert.Equal(1, criteria.Matrix.LevelOf(new LikelihoodLevel(2), new ConsequenceLevel(2)).Value);
        Assert.Equal(4, criteria.Matrix.LevelOf(new LikelihoodLevel(4), new ConsequenceLevel(5)).Value);
        Assert.True(criteria.Matrix.IsMonotone);
    }

    [Fact]
    public void A_custom_method_plugs_in_through_the_interface()
    {
        var (likelihood, consequence) = (RiskMatrixPresets.Common3x3().Matrix.Likelihood, RiskMatrixPresets.Common3x3().Matrix.Consequence);
        var levels = RiskMatrixPresets.Common3x3().Matrix.Levels;

        var formula = FormulaMatrix.Build(new MaxMethod(), likelihood, consequence, levels, [2, 3]);

        Assert.Equal([1, 2, 3, 2, 2, 3, 3, 3, 3], formula.Matrix.Cells);
    }

    [Fact]
    public void Thresholds_must_be_one_fewer_than_levels_and_ascending()
    {
        var m = RiskMatrixPresets.Common3x3().Matrix;

        Assert.Equal(RiskErrorCodes.InvalidMatrix, Assert.Throws<IsmsException>(() => FormulaMatrix.Build(new MaxMethod(), m.Likelihood, m.Consequence, m.Levels, [2])).Code);
        var unordered = Assert.Throws<IsmsException>(() => FormulaMatrix.Build(new MaxMethod(), m.Likelihood, m.Consequence, m.Levels, [3, 2]));
        Assert.Equal((RiskErrorCodes.InvalidMatrix, "FormulaMatrix", "Thresholds[1]", "2"), (unordered.Code, unordered.EntityKind, unordered.Member, unordered.Value));
    }

    [Fact]
    public void A_method_that_falls_as_likelihood_rises_is_rejected_unless_allowed()
    {
        var m = RiskMatrixPresets.Common3x3().Matrix;

        Assert.ThrowsAny<ArgumentException>(() => FormulaMatrix.Build(new FallingMethod(), m.Likelihood, m.Consequence, m.Levels, [2, 3]));
        Assert.False(FormulaMatrix.Build(new FallingMethod(), m.Likelihood, m.Consequence, m.Levels, [2, 3], allowNonMonotone: true).Matrix.IsMonotone);
    }

    private sealed class MaxMethod : IRiskScoringMethod
    {
        public string Name => "max(L, I)";

        public double Score(int likelihood, int consequence, int likelihoodLevels, int consequenceLevels) => Math.Max(likelihood, consequence);
    }

    private sealed class FallingMethod : IRiskScoringMethod
    {
        public string Name => "4 - L";

        public double Score(int likelihood, int consequence, int likelihoodLevels, int consequenceLevels) => 4 - likelihood;
    }
}
