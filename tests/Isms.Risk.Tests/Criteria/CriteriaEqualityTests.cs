using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;

namespace Isms.Risk.Tests.Criteria;

/// <summary>Risk criteria are values: two criteria built from the same definition are equal (e.g. after a round trip).</summary>
public sealed class CriteriaEqualityTests
{
    [Fact]
    public void Criteria_built_twice_from_the_same_definition_are_equal()
    {
        var a = RiskMatrixPresets.Common5x5(acceptanceLevel: 2);
        var b = RiskMatrixPresets.Common5x5(acceptanceLevel: 2);

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.Matrix, b.Matrix);
        Assert.Equal(a.Matrix.Likelihood, b.Matrix.Likelihood);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Different_presets_are_not_equal()
    {
        Assert.NotEqual(RiskMatrixPresets.Common5x5(), RiskMatrixPresets.NistSp80030Rev1());
        Assert.NotEqual(RiskMatrixPresets.Common3x3().Matrix, RiskMatrixPresets.Common4x4().Matrix);
    }

    [Property(MaxTest = 30)]
    public Property Criteria_are_equal_exactly_when_their_acceptance_levels_are() =>
        Prop.ForAll(
            Gen.Choose(1, 3).ToArbitrary(),
            Gen.Choose(1, 3).ToArbitrary(),
            (x, y) => RiskMatrixPresets.Common3x3(x).Equals(RiskMatrixPresets.Common3x3(y)) == (x == y));
}
