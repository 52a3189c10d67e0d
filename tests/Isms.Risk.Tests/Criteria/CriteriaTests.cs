using System.Collections.Immutable;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;
using NodaTime;

namespace Isms.Risk.Tests.Criteria;

public sealed class CriteriaTests
{
    private static RiskScale Scale(int n) =>
        new("S", Enumerable.Range(1, n).Select(i => new ScaleLevel($"L{i}", $"L{i}", i, string.Empty, "#000000")));

    private static RiskLevelDefinition[] Levels(int n) =>
        Enumerable.Range(1, n).Select(i => new RiskLevelDefinition($"R{i}", $"R{i}", "#000000", string.Empty)).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(10)]
    public void Scales_of_2_to_10_levels_are_accepted(int n) => Assert.Equal(n, Scale(n).Count);

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void Scales_outside_2_to_10_levels_are_rejected(int n) => Assert.ThrowsAny<ArgumentException>(() => Scale(n));

    [Fact]
    public void Any_N_by_M_matrix_is_accepted_when_complete()
    {
        int[][] cells = [[1, 1, 1, 2, 2, 2, 3], [1, 2, 2, 2, 3, 3, 3]];

        var matrix = new RiskMatrix(Scale(2), Scale(7), Levels(3), cells);

        Assert.Equal(14, matrix.Cells.Length);
    }

    [Fact]
    public void A_matrix_with_a_missing_cell_is_rejected()
    {
        int[][] cells = [[1, 1], [1]];

        var ex = Assert.ThrowsAny<ArgumentException>(() => new RiskMatrix(Scale(2), Scale(2), Levels(2), cells));

        Assert.Contains("likelihood 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_monotone_matrix_needs_an_explicit_opt_in()
    {
        int[][] cells = [[2, 1], [2, 2]];

        Assert.ThrowsAny<ArgumentException>(() => new RiskMatrix(Scale(2), Scale(2), Levels(2), cells));
        Assert.False(new RiskMatrix(Scale(2), Scale(2), Levels(2), cells, allowNonMonotone: true).IsMonotone);
    }

    [Fact]
    public void The_worst_case_combination_takes_the_highest_criterion()
    {
        var a = RiskAssessment.PerCriterion(new LikelihoodLevel(2), [C(ConsequenceCriterion.Confidentiality, 4), C(ConsequenceCriterion.Integrity, 2), C(ConsequenceCriterion.Availability, 1)], new LocalDate(2026, 1, 1));

        Assert.Equal(4, a.Consequence.Value);
        Assert.Equal(3, a.ByCriterion.Length);
    }

    [Fact]
    public void The_mean_combination_rounds_up()
    {
        var a = RiskAssessment.PerCriterion(new LikelihoodLevel(2), [C(ConsequenceCriterion.Confidentiality, 4), C(ConsequenceCriterion.Integrity, 2), C(ConsequenceCriterion.Availability, 1)], new LocalDate(2026, 1, 1), ConsequenceCombination.MeanRoundedUp);

        Assert.Equal(3, a.Consequence.Value);
    }

    [Fact]
    public void A_criterion_given_twice_is_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => RiskAssessment.PerCriterion(new LikelihoodLevel(2), [C(ConsequenceCriterion.Confidentiality, 4), C(new ConsequenceCriterion("confidentiality"), 2)], new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Criteria_may_add_consequence_criteria_beyond_C_I_A()
    {
        var criteria = new RiskCriteria("x", RiskMatrixPresets.Common3x3().Matrix, new RiskLevel(1))
        {
            ConsequenceCriteria = [ConsequenceCriterion.Confidentiality, ConsequenceCriterion.Integrity, ConsequenceCriterion.Availability, new("Financial"), new("Legal")],
        };

        Assert.Equal(5, criteria.ConsequenceCriteria.Length);
        Assert.ThrowsAny<ArgumentException>(() => new RiskCriteria("x", RiskMatrixPresets.Common3x3().Matrix, new RiskLevel(1)) { ConsequenceCriteria = [new("Legal"), new("legal")] });
        Assert.ThrowsAny<ArgumentException>(() => new RiskCriteria("x", RiskMatrixPresets.Common3x3().Matrix, new RiskLevel(1)) { ConsequenceCriteria = ImmutableArray<ConsequenceCriterion>.Empty });
    }

    [Fact]
    public void Assessments_with_equal_per_criterion_consequences_are_equal()
    {
        var a = RiskAssessment.PerCriterion(new LikelihoodLevel(2), [C(ConsequenceCriterion.Confidentiality, 4)], new LocalDate(2026, 1, 1));
        var b = RiskAssessment.PerCriterion(new LikelihoodLevel(2), [C(ConsequenceCriterion.Confidentiality, 4)], new LocalDate(2026, 1, 1));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    private static CriterionConsequence C(ConsequenceCriterion criterion, int level) => new(criterion, new ConsequenceLevel(level));
}
