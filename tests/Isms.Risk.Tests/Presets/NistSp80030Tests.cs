using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;

namespace Isms.Risk.Tests.Presets;

/// <summary>NIST SP 800-30 Rev. 1 Table I-2, checked cell by cell against the publication.</summary>
public sealed class NistSp80030Tests
{
    private static readonly RiskCriteria Nist = RiskMatrixPresets.NistSp80030Rev1();

    // Table I-2 as printed: rows likelihood Very High (top) to Very Low; columns impact Very Low to Very High.
    public static TheoryData<string, string, string> TableI2 => new()
    {
        { "Very High", "Very Low", "Very Low" }, { "Very High", "Low", "Low" }, { "Very High", "Moderate", "Moderate" }, { "Very High", "High", "High" }, { "Very High", "Very High", "Very High" },
        { "High", "Very Low", "Very Low" }, { "High", "Low", "Low" }, { "High", "Moderate", "Moderate" }, { "High", "High", "High" }, { "High", "Very High", "Very High" },
        { "Moderate", "Very Low", "Very Low" }, { "Moderate", "Low", "Low" }, { "Moderate", "Moderate", "Moderate" }, { "Moderate", "High", "Moderate" }, { "Moderate", "Very High", "High" },
        { "Low", "Very Low", "Very Low" }, { "Low", "Low", "Low" }, { "Low", "Moderate", "Low" }, { "Low", "High", "Low" }, { "Low", "Very High", "Moderate" },
        { "Very Low", "Very Low", "Very Low" }, { "Very Low", "Low", "Very Low" }, { "Very Low", "Moderate", "Very Low" }, { "Very Low", "High", "Low" }, { "Very Low", "Very High", "Low" },
    };

    [Theory]
    [MemberData(nameof(TableI2))]
    public void Each_cell_matches_Table_I_2(string likelihood, string impact, string risk)
    {
        var l = Position(Nist.Matrix.Likelihood, likelihood);
        var c = Position(Nist.Matrix.Consequence, impact);

        var level = Nist.Matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c));

        Assert.Equal(risk, Nist.Matrix.Definition(level).Name);
    }

    [Fact]
    public void The_table_has_exactly_25_cells_and_is_monotone()
    {
        Assert.Equal(25, Nist.Matrix.Cells.Length);
        Assert.True(Nist.Matrix.IsMonotone);
    }

    [Fact]
    public void Levels_carry_the_semi_quantitative_values_0_2_5_8_10()
    {
        Assert.Equal([0.0, 2, 5, 8, 10], Nist.Matrix.Levels.Select(l => l.Value!.Value));
        Assert.Equal([0.0, 2, 5, 8, 10], Nist.Matrix.Likelihood.Levels.Select(l => l.Value));
        Assert.Equal([0.0, 2, 5, 8, 10], Nist.Matrix.Consequence.Levels.Select(l => l.Value));
    }

    [Fact]
    public void Levels_carry_the_0_to_100_bands_of_Table_I_3()
    {
        SemiQuantitativeRange[] bands = [new(0, 4), new(5, 20), new(21, 79), new(80, 95), new(96, 100)];
        Assert.Equal(bands, Nist.Matrix.Levels.Select(l => l.Range!.Value));
        Assert.Equal(bands, Nist.Matrix.Likelihood.Levels.Select(l => l.Range!.Value));
        Assert.Equal(bands, Nist.Matrix.Consequence.Levels.Select(l => l.Range!.Value));
    }

    [Fact]
    public void The_bands_cover_0_to_100_without_gaps()
    {
        var bands = Nist.Matrix.Levels.Select(l => l.Range!.Value).ToList();
        Assert.Equal(0, bands[0].Low);
        Assert.Equal(100, bands[^1].High);
        for (var i = 1; i < bands.Count; i++)
        {
            Assert.Equal(bands[i - 1].High + 1, bands[i].Low);
        }
    }

    private static int Position(RiskScale scale, string name) =>
        scale.Levels.Select((l, i) => (l, i)).Single(x => x.l.Name == name).i + 1;
}
