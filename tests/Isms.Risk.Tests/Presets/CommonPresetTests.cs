using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;

namespace Isms.Risk.Tests.Presets;

public sealed class CommonPresetTests
{
    [Fact]
    public void The_3x3_preset_is_low_medium_high_with_level_L_plus_C_minus_1_capped()
    {
        var m = RiskMatrixPresets.Common3x3().Matrix;

        Assert.Equal(3, m.Likelihood.Count);
        Assert.Equal(3, m.Consequence.Count);
        Assert.Equal([1, 1, 2, 1, 2, 3, 2, 3, 3], m.Cells);
        Assert.Equal(["Low", "Medium", "High"], m.Levels.Select(l => l.Name));
    }

    [Fact]
    public void The_4x4_preset_bands_L_times_C_at_3_6_and_12()
    {
        var m = RiskMatrixPresets.Common4x4().Matrix;

        for (var l = 1; l <= 4; l++)
        {
            for (var c = 1; c <= 4; c++)
            {
                var product = l * c;
                var expected = product >= 12 ? 4 : product >= 6 ? 3 : product >= 3 ? 2 : 1;
                Assert.Equal(expected, m.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)).Value);
            }
        }
    }

    [Fact]
    public void The_5x5_preset_bands_L_times_C_at_5_10_and_20()
    {
        var m = RiskMatrixPresets.Common5x5().Matrix;

        for (var l = 1; l <= 5; l++)
        {
            for (var c = 1; c <= 5; c++)
            {
                var product = l * c;
                var expected = product >= 20 ? 4 : product >= 10 ? 3 : product >= 5 ? 2 : 1;
                Assert.Equal(expected, m.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)).Value);
            }
        }
    }

    [Fact]
    public void Every_named_preset_builds_monotone_criteria_with_an_acceptance_level_on_the_matrix()
    {
        foreach (var (name, build) in RiskMatrixPresets.ByName)
        {
            var criteria = build();
            Assert.True(criteria.Matrix.IsMonotone, name);
            Assert.InRange(criteria.AcceptanceLevel.Value, 1, criteria.Matrix.Levels.Length);
        }
    }

    [Fact]
    public void A_preset_takes_the_acceptance_level_asked_for()
    {
        Assert.Equal(2, RiskMatrixPresets.Common5x5(acceptanceLevel: 2).AcceptanceLevel.Value);
        Assert.ThrowsAny<ArgumentException>(() => RiskMatrixPresets.Common5x5(acceptanceLevel: 9));
    }

    [Fact]
    public void Presets_assess_consequence_on_C_I_A_with_the_worst_case_by_default()
    {
        var criteria = RiskMatrixPresets.Common5x5();

        Assert.Equal([ConsequenceCriterion.Confidentiality, ConsequenceCriterion.Integrity, ConsequenceCriterion.Availability], criteria.ConsequenceCriteria);
        Assert.Equal(ConsequenceCombination.WorstCase, criteria.Combination);
    }
}
