using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Core.Tests.RiskManagement;

/// <summary>
/// The rules of the risk criteria (clause 6.1.2 a): scales of 2 to 10 levels, a complete matrix whose cells are risk
/// levels, monotone unless allowed otherwise, the lookup of a cell's level, the acceptance criteria and the combination
/// of consequences assessed per criterion.
/// </summary>
public sealed class RiskCriteriaRulesTests
{
    private static ScaleLevel Level(int i) => new($"L{i}", $"L{i}", i, string.Empty, "#000000");

    private static RiskScale Scale(int n, string name = "S") => new(name, Enumerable.Range(1, n).Select(Level));

    private static RiskLevelDefinition[] Levels(int n) =>
        [.. Enumerable.Range(1, n).Select(i => new RiskLevelDefinition($"R{i}", $"R{i}", "#000000", string.Empty))];

    private static RiskMatrix Matrix(int[][] cells, int levels = 9, bool allowNonMonotone = false) =>
        new(Scale(cells.Length), Scale(cells[0].Length), Levels(levels), cells, allowNonMonotone);

    // A 2 x 3 matrix with a different level in every cell: a wrong row or column index reads a different value.
    private static readonly int[][] Distinct2x3 = [[1, 2, 3], [4, 5, 6]];

    [Fact]
    public void Each_cell_is_read_at_its_likelihood_and_consequence()
    {
        var matrix = Matrix(Distinct2x3, levels: 6);

        for (var l = 1; l <= 2; l++)
        {
            for (var c = 1; c <= 3; c++)
            {
                Assert.Equal(new RiskLevel(Distinct2x3[l - 1][c - 1]), matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)));
            }
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], matrix.Cells);
        Assert.True(matrix.IsMonotone);
        Assert.Equal(2, matrix.Likelihood.Count);
        Assert.Equal(3, matrix.Consequence.Count);
    }

    [Theory]
    [InlineData(0, 1, "likelihood")]
    [InlineData(3, 1, "likelihood")]
    [InlineData(1, 0, "consequence")]
    [InlineData(1, 4, "consequence")]
    public void A_cell_outside_the_scales_is_out_of_range(int likelihood, int consequence, string parameter)
    {
        var matrix = Matrix(Distinct2x3, levels: 6);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => matrix.LevelOf(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence)));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void A_level_definition_is_found_for_levels_1_to_n_only()
    {
        var matrix = Matrix(Distinct2x3, levels: 6);

        Assert.Equal("R1", matrix.Definition(new RiskLevel(1)).Name);
        Assert.Equal("R6", matrix.Definition(new RiskLevel(6)).Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Definition(new RiskLevel(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Definition(new RiskLevel(7)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void A_cell_that_is_not_a_risk_level_is_rejected(int value)
    {
        int[][] cells = [[1, 2], [2, value]];

        var ex = Assert.Throws<ArgumentException>(() => Matrix(cells, levels: 3, allowNonMonotone: true));

        Assert.Equal("cells", ex.ParamName);
        Assert.Contains("cell (likelihood 2, consequence 2)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_equal_to_the_lowest_and_highest_levels_are_accepted()
    {
        var matrix = Matrix([[1, 3], [3, 3]], levels: 3);

        Assert.Equal([1, 3, 3, 3], matrix.Cells);
    }

    [Fact]
    public void A_matrix_needs_at_least_two_risk_levels()
    {
        var ex = Assert.Throws<ArgumentException>(() => Matrix([[1, 1], [1, 1]], levels: 1));
        Assert.Equal("levels", ex.ParamName);

        Assert.Equal(2, Matrix([[1, 1], [1, 2]], levels: 2).Levels.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_matrix_needs_one_row_per_likelihood_level(int rows)
    {
        var cells = Enumerable.Range(0, rows).Select(_ => (IReadOnlyList<int>)[1, 1]).ToArray();

        var ex = Assert.Throws<ArgumentException>(() => new RiskMatrix(Scale(2), Scale(2), Levels(2), cells));

        Assert.Equal("cells", ex.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_row_needs_one_cell_per_consequence_level(int cellsInLastRow)
    {
        IReadOnlyList<int>[] cells = [[1, 1], [.. Enumerable.Repeat(1, cellsInLastRow)]];

        var ex = Assert.Throws<ArgumentException>(() => new RiskMatrix(Scale(2), Scale(2), Levels(2), cells));

        Assert.Equal("cells", ex.ParamName);
        Assert.Contains("row for likelihood 2 ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_row_is_rejected()
    {
        IReadOnlyList<int>[] cells = [[1, 1], null!];

        var ex = Assert.Throws<ArgumentException>(() => new RiskMatrix(Scale(2), Scale(2), Levels(2), cells));

        Assert.Equal("cells", ex.ParamName);
        Assert.Contains("row for likelihood 2 is missing", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A drop along a column (higher likelihood, lower level) or along a row (higher consequence), anywhere.</summary>
    [Theory]
    [InlineData(new[] { 2, 2, 2, 1, 2, 2, 2, 2, 2 }, "likelihood 2 x consequence 1 is lower than likelihood 1 x consequence 1")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 2, 1, 1, 1 }, "likelihood 3 x consequence 3 is lower than likelihood 2 x consequence 3")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 2, 1 }, "likelihood 3 x consequence 3 is lower than likelihood 3 x consequence 2")]
    [InlineData(new[] { 2, 1, 2, 2, 2, 2, 2, 2, 2 }, "likelihood 1 x consequence 2 is lower than likelihood 1 x consequence 1")]
    public void A_non_monotone_matrix_is_rejected_unless_allowed_naming_the_first_drop(int[] rowMajor, string drop)
    {
        int[][] cells = [rowMajor[0..3], rowMajor[3..6], rowMajor[6..9]];

        var ex = Assert.Throws<ArgumentException>(() => Matrix(cells, levels: 2));
        Assert.Equal("cells", ex.ParamName);
        Assert.Contains($"not monotone: {drop}.", ex.Message, StringComparison.Ordinal);

        var allowed = Matrix(cells, levels: 2, allowNonMonotone: true);
        Assert.False(allowed.IsMonotone);
        Assert.Equal(rowMajor, allowed.Cells);
    }

    [Fact]
    public void Equal_neighbours_are_monotone()
    {
        Assert.True(Matrix([[2, 2, 2], [2, 2, 2], [2, 2, 2]], levels: 2).IsMonotone);
        Assert.True(Matrix([[1, 1, 2], [1, 2, 2], [2, 2, 2]], levels: 2, allowNonMonotone: true).IsMonotone);
    }

    /// <summary>Any matrix whose cell is a non-decreasing function of likelihood and consequence is monotone.</summary>
    [Property(MaxTest = 50)]
    public Property A_matrix_built_from_a_non_decreasing_function_is_monotone_and_reads_back_every_cell() =>
        Prop.ForAll(
            Gen.Choose(2, 10).ToArbitrary(),
            Gen.Choose(2, 10).ToArbitrary(),
            Gen.Choose(2, 6).ToArbitrary(),
            (rows, columns, levels) =>
            {
                int Cell(int l, int c) => 1 + (((l + c) * (levels - 1)) / (rows + columns));
                var cells = Enumerable.Range(0, rows).Select(l => Enumerable.Range(0, columns).Select(c => Cell(l, c)).ToArray()).ToArray();
                var matrix = Matrix(cells, levels);
                return matrix.IsMonotone
                    && Enumerable.Range(0, rows).All(l => Enumerable.Range(0, columns).All(c =>
                        matrix.LevelOf(new LikelihoodLevel(l + 1), new ConsequenceLevel(c + 1)).Value == Cell(l, c)));
            });

    [Fact]
    public void Matrices_are_equal_exactly_when_scales_levels_and_cells_are()
    {
        var a = Matrix([[1, 2], [2, 3]], levels: 3);

        Assert.Equal(a, Matrix([[1, 2], [2, 3]], levels: 3));
        Assert.Equal(a.GetHashCode(), Matrix([[1, 2], [2, 3]], levels: 3).GetHashCode());
        Assert.NotEqual(a, Matrix([[1, 2], [3, 3]], levels: 3));
        Assert.NotEqual(a, Matrix([[1, 2], [2, 3]], levels: 4));
        Assert.NotEqual(a, new RiskMatrix(Scale(2, "Other"), Scale(2), Levels(3), [[1, 2], [2, 3]]));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void A_scale_contains_the_positions_1_to_n(int position, bool contained)
    {
        var scale = Scale(5);

        Assert.Equal(contained, scale.Contains(position));
        if (contained)
        {
            Assert.Equal($"L{position}", scale[position].Name);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => scale[position]);
        }
    }

    [Fact]
    public void A_scale_level_name_may_not_repeat_in_any_case()
    {
        ScaleLevel[] levels = [new("Low", "L", 1, string.Empty, "#000000"), new("LOW", "H", 2, string.Empty, "#000000")];

        var ex = Assert.Throws<ArgumentException>(() => new RiskScale("S", levels));

        Assert.Equal("levels", ex.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Scale_and_risk_level_values_are_finite(double value)
    {
        Assert.Throws<ArgumentException>(() => new ScaleLevel("Low", "L", value, string.Empty, "#000000"));
        Assert.Throws<ArgumentException>(() => new RiskLevelDefinition("Low", "L", "#000000", string.Empty) { Value = value });
        Assert.Equal(-2.5, new ScaleLevel("Low", "L", -2.5, string.Empty, "#000000").Value);
        Assert.Equal(7, new RiskLevelDefinition("Low", "L", "#000000", string.Empty) { Value = 7 }.Value);
    }

    [Fact]
    public void A_semi_quantitative_range_holds_its_bounds()
    {
        var range = new SemiQuantitativeRange(80, 95);

        Assert.True(range.Contains(80));
        Assert.True(range.Contains(95));
        Assert.False(range.Contains(79.99));
        Assert.False(range.Contains(95.01));
        Assert.Equal("80-95", range.ToString());
        Assert.Equal(5, new SemiQuantitativeRange(5, 5).High);
        Assert.Throws<ArgumentException>(() => new SemiQuantitativeRange(95, 80));
        Assert.Throws<ArgumentException>(() => new SemiQuantitativeRange(double.NaN, 80));
        Assert.Throws<ArgumentException>(() => new SemiQuantitativeRange(0, double.PositiveInfinity));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void A_level_is_acceptable_up_to_and_including_the_acceptance_level(int level, bool acceptable)
    {
        var criteria = new RiskCriteria("c", Matrix([[1, 2], [2, 3]], levels: 3), new RiskLevel(2));

        Assert.Equal(acceptable, criteria.IsAcceptable(new RiskLevel(level)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void The_acceptance_level_must_be_a_level_of_the_matrix(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskCriteria("c", Matrix([[1, 2], [2, 3]], levels: 3), new RiskLevel(level)));

    [Fact]
    public void Criteria_assess_confidentiality_integrity_and_availability_in_the_worst_case_by_default()
    {
        var criteria = new RiskCriteria("c", Matrix([[1, 2], [2, 3]], levels: 3), new RiskLevel(1));

        Assert.Equal([ConsequenceCriterion.Confidentiality, ConsequenceCriterion.Integrity, ConsequenceCriterion.Availability], criteria.ConsequenceCriteria);
        Assert.Equal(ConsequenceCombination.WorstCase, criteria.Combination);
        Assert.Equal(4, criteria.CombineConsequences([C("Confidentiality", 4), C("Integrity", 1), C("Availability", 1)]).Value);
    }

    [Fact]
    public void Criteria_combine_by_the_combination_they_name()
    {
        var criteria = new RiskCriteria("c", Matrix([[1, 2], [2, 3]], levels: 3), new RiskLevel(1)) { Combination = ConsequenceCombination.MeanRoundedUp };

        Assert.Equal(ConsequenceCombination.MeanRoundedUp, criteria.Combination);
        Assert.Equal(2, criteria.CombineConsequences([C("Confidentiality", 4), C("Integrity", 1), C("Availability", 1)]).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskCriteria("c", criteria.Matrix, new RiskLevel(1)) { Combination = (ConsequenceCombination)99 });
    }

    [Fact]
    public void Consequence_criteria_are_at_least_one_and_each_named_once()
    {
        var matrix = Matrix([[1, 2], [2, 3]], levels: 3);

        Assert.Throws<ArgumentException>(() => new RiskCriteria("c", matrix, new RiskLevel(1)) { ConsequenceCriteria = default });
        Assert.Throws<ArgumentException>(() => new RiskCriteria("c", matrix, new RiskLevel(1)) { ConsequenceCriteria = [default] });
        Assert.Throws<ArgumentException>(() => new RiskCriteria("c", matrix, new RiskLevel(1)) { ConsequenceCriteria = [new("Legal"), new("Financial"), new("LEGAL")] });
        Assert.Equal(
            [new ConsequenceCriterion("Legal")],
            new RiskCriteria("c", matrix, new RiskLevel(1)) { ConsequenceCriteria = [new("Legal")] }.ConsequenceCriteria);
    }

    [Fact]
    public void Combining_no_consequences_or_an_undefined_combination_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => ConsequenceCombinations.Combine(ConsequenceCombination.WorstCase, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsequenceCombinations.Combine((ConsequenceCombination)99, [C("Legal", 1)]));
    }

    /// <summary>The worst case is the maximum; the mean rounded up is the smallest integer not below the mean.</summary>
    [Property(MaxTest = 100)]
    public Property Combinations_are_the_maximum_and_the_mean_rounded_up() =>
        Prop.ForAll(
            Gen.Choose(1, 10).ArrayOf().Where(a => a.Length is > 0 and <= 8).ToArbitrary(),
            levels =>
            {
                var consequences = levels.Select((v, i) => C($"criterion {i}", v)).ToArray();
                var mean = (int)Math.Ceiling(levels.Average());
                return ConsequenceCombinations.Combine(ConsequenceCombination.WorstCase, consequences).Value == levels.Max()
                    && ConsequenceCombinations.Combine(ConsequenceCombination.MeanRoundedUp, consequences).Value == mean;
            });

    [Fact]
    public void Consequence_criteria_compare_by_name_ignoring_case()
    {
        var legal = new ConsequenceCriterion(" Legal ");

        Assert.Equal("Legal", legal.Name);
        Assert.True(legal == new ConsequenceCriterion("LEGAL"));
        Assert.False(legal != new ConsequenceCriterion("legal"));
        Assert.True(legal != ConsequenceCriterion.Integrity);
        Assert.Equal(legal.GetHashCode(), new ConsequenceCriterion("legal").GetHashCode());
        Assert.NotEqual(legal.GetHashCode(), new ConsequenceCriterion("Financial").GetHashCode());
        Assert.Equal("Legal", legal.ToString());
        Assert.Equal(["Confidentiality", "Integrity", "Availability"], [ConsequenceCriterion.Confidentiality.Name, ConsequenceCriterion.Integrity.Name, ConsequenceCriterion.Availability.Name]);
        Assert.Equal(0, default(ConsequenceCriterion).GetHashCode());
        Assert.Equal(string.Empty, default(ConsequenceCriterion).ToString());
        Assert.False(legal.Equals((object)"Legal"));
    }

    [Fact]
    public void Levels_order_by_value_and_print_as_numbers()
    {
        Assert.True(new RiskLevel(2).CompareTo(new RiskLevel(3)) < 0);
        Assert.True(new LikelihoodLevel(3).CompareTo(new LikelihoodLevel(2)) > 0);
        Assert.True(new ConsequenceLevel(3).CompareTo(new ConsequenceLevel(3)) == 0);
        Assert.Equal("3", new RiskLevel(3).ToString());
        Assert.Equal("4", new LikelihoodLevel(4).ToString());
        Assert.Equal("5", new ConsequenceLevel(5).ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void A_scale_has_2_to_10_levels(int count)
    {
        var ex = Assert.Throws<ArgumentException>(() => Scale(count));

        Assert.Equal("levels", ex.ParamName);
        Assert.Equal(RiskScale.MaximumLevels, Scale(10).Count);
        Assert.Equal(RiskScale.MinimumLevels, Scale(2).Count);
    }

    [Fact]
    public void Missing_arguments_are_rejected_as_null()
    {
        var scale = Scale(2);
        var matrix = Matrix([[1, 2], [2, 2]], levels: 2);
        int[][] cells = [[1, 2], [2, 2]];

        Assert.Throws<ArgumentNullException>(() => new RiskMatrix(null!, scale, Levels(2), cells));
        Assert.Throws<ArgumentNullException>(() => new RiskMatrix(scale, null!, Levels(2), cells));
        Assert.Throws<ArgumentNullException>(() => new RiskMatrix(scale, scale, null!, cells));
        Assert.Throws<ArgumentNullException>(() => new RiskMatrix(scale, scale, Levels(2), null!));
        Assert.Throws<ArgumentNullException>(() => new RiskScale("S", null!));
        Assert.Throws<ArgumentNullException>(() => new RiskScale("S", [Level(1), null!]));
        Assert.Throws<ArgumentNullException>(() => new RiskScale(null!, [Level(1), Level(2)]));
        Assert.Throws<ArgumentException>(() => new RiskScale(" ", [Level(1), Level(2)]));
        Assert.Throws<ArgumentNullException>(() => new RiskCriteria("c", null!, new RiskLevel(1)));
        Assert.Throws<ArgumentException>(() => new RiskCriteria(" ", matrix, new RiskLevel(1)));
        Assert.Throws<ArgumentNullException>(() => ConsequenceCombinations.Combine(ConsequenceCombination.WorstCase, null!));
        Assert.Throws<ArgumentException>(() => new ConsequenceCriterion(" "));
        Assert.Throws<ArgumentNullException>(() => new ScaleLevel(null!, "L", 1, string.Empty, "#000000"));
        Assert.Throws<ArgumentException>(() => new ScaleLevel("Low", " ", 1, string.Empty, "#000000"));
        Assert.Throws<ArgumentNullException>(() => new ScaleLevel("Low", "L", 1, null!, "#000000"));
        Assert.Throws<ArgumentException>(() => new ScaleLevel("Low", "L", 1, string.Empty, " "));
        Assert.Throws<ArgumentNullException>(() => new RiskLevelDefinition(null!, "L", "#000000", string.Empty));
        Assert.Throws<ArgumentException>(() => new RiskLevelDefinition("Low", " ", "#000000", string.Empty));
        Assert.Throws<ArgumentException>(() => new RiskLevelDefinition("Low", "L", " ", string.Empty));
        Assert.Throws<ArgumentNullException>(() => new RiskLevelDefinition("Low", "L", "#000000", null!));
    }

    /// <summary>A lone UTF-16 surrogate cannot be saved as UTF-8: every text of the criteria refuses it, naming the field.</summary>
    [Fact]
    public void Criteria_texts_must_be_well_formed()
    {
        const string Bad = "Lo\uD800w";
        var matrix = Matrix([[1, 2], [2, 2]], levels: 2);

        Assert.Equal(("ScaleLevel", "Name"), Field(() => new ScaleLevel(Bad, "L", 1, string.Empty, "#000000")));
        Assert.Equal(("ScaleLevel", "Abbreviation"), Field(() => new ScaleLevel("Low", Bad, 1, string.Empty, "#000000")));
        Assert.Equal(("ScaleLevel", "Description"), Field(() => new ScaleLevel("Low", "L", 1, Bad, "#000000")));
        Assert.Equal(("ScaleLevel", "Colour"), Field(() => new ScaleLevel("Low", "L", 1, string.Empty, Bad)));
        Assert.Equal(("RiskLevelDefinition", "Name"), Field(() => new RiskLevelDefinition(Bad, "L", "#000000", string.Empty)));
        Assert.Equal(("RiskLevelDefinition", "Abbreviation"), Field(() => new RiskLevelDefinition("Low", Bad, "#000000", string.Empty)));
        Assert.Equal(("RiskLevelDefinition", "Colour"), Field(() => new RiskLevelDefinition("Low", "L", Bad, string.Empty)));
        Assert.Equal(("RiskLevelDefinition", "Description"), Field(() => new RiskLevelDefinition("Low", "L", "#000000", Bad)));
        Assert.Equal(("RiskScale", "Name"), Field(() => new RiskScale(Bad, [Level(1), Level(2)])));
        Assert.Equal(("RiskCriteria", "Name"), Field(() => new RiskCriteria(Bad, matrix, new RiskLevel(1))));
        Assert.Equal(("ConsequenceCriterion", "Name"), Field(() => new ConsequenceCriterion(Bad)));
    }

    private static (string? Kind, string? Member) Field(Func<object> create)
    {
        var ex = Assert.Throws<IsmsException>(create);
        Assert.Equal(IsmsErrorCodes.InvalidText, ex.Code);
        return (ex.Error.EntityKind, ex.Member);
    }

    private static CriterionConsequence C(string criterion, int level) => new(new ConsequenceCriterion(criterion), new ConsequenceLevel(level));
}
