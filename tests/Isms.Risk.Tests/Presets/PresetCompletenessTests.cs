using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;
using Isms.Risk.Presets;

namespace Isms.Risk.Tests.Presets;

/// <summary>
/// Every preset, built afresh in each test, names, abbreviates, describes and colours each of its scale levels and
/// risk levels: reports and heat maps show them, and a blank one would show as an empty cell or legend entry.
/// </summary>
public sealed class PresetCompletenessTests
{
    public static TheoryData<string> Presets() => ["3x3", "4x4", "5x5", "nist-800-30", "formula"];

    private static RiskCriteria Build(string name) => name switch
    {
        "3x3" => RiskMatrixPresets.Common3x3(),
        "4x4" => RiskMatrixPresets.Common4x4(),
        "5x5" => RiskMatrixPresets.Common5x5(),
        "nist-800-30" => RiskMatrixPresets.NistSp80030Rev1(),
        _ => RiskMatrixPresets.Formula5x5(FormulaMethod.PlusImpact),
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_scale_level_has_a_distinct_name_and_abbreviation_a_description_and_a_colour(string preset)
    {
        var matrix = Build(preset).Matrix;

        foreach (var scale in new[] { matrix.Likelihood, matrix.Consequence })
        {
            Assert.False(string.IsNullOrWhiteSpace(scale.Name));
            Assert.All(scale.Levels, l =>
            {
                Assert.False(string.IsNullOrWhiteSpace(l.Name));
                Assert.False(string.IsNullOrWhiteSpace(l.Abbreviation));
                Assert.False(string.IsNullOrWhiteSpace(l.Description));
                Assert.Matches("^#[0-9a-f]{6}$", l.Colour);
            });
            Assert.Equal(scale.Levels.Length, scale.Levels.Select(l => l.Name).Distinct().Count());
            Assert.Equal(scale.Levels.Length, scale.Levels.Select(l => l.Abbreviation).Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_risk_level_has_a_distinct_name_and_abbreviation_a_description_and_a_colour(string preset)
    {
        var levels = Build(preset).Matrix.Levels;

        Assert.All(levels, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Name));
            Assert.False(string.IsNullOrWhiteSpace(l.Abbreviation));
            Assert.False(string.IsNullOrWhiteSpace(l.Description));
            Assert.Matches("^#[0-9a-f]{6}$", l.Colour);
        });
        Assert.Equal(levels.Length, levels.Select(l => l.Name).Distinct().Count());
        Assert.Equal(levels.Length, levels.Select(l => l.Abbreviation).Distinct().Count());
    }

    [Fact]
    public void The_nist_preset_gives_each_level_the_semi_quantitative_value_and_range_of_the_publication()
    {
        // NIST SP 800-30 Rev. 1, Appendix G to I: values 0, 2, 5, 8, 10 and bins 0-4, 5-20, 21-79, 80-95, 96-100.
        var nist = RiskMatrixPresets.NistSp80030Rev1().Matrix;
        SemiQuantitativeRange[] bands = [new(0, 4), new(5, 20), new(21, 79), new(80, 95), new(96, 100)];

        Assert.Equal([0.0, 2, 5, 8, 10], nist.Levels.Select(l => l.Value!.Value));
        Assert.Equal(bands, nist.Levels.Select(l => l.Range!.Value));
        Assert.Equal(bands, nist.Likelihood.Levels.Select(l => l.Range!.Value));
        Assert.Equal(bands, nist.Consequence.Levels.Select(l => l.Range!.Value));
    }
}
