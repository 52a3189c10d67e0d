using Isms.Core.Controls;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

public class ValueTypeTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_percentage_outside_0_to_100_is_rejected(double value)
    {
        var error = Assert.Throws<IsmsException>(() => new Percentage(value));
        Assert.Equal(IsmsErrorCodes.OutOfRange, error.Code);
    }

    [Fact]
    public void A_percentage_converts_to_a_fraction()
    {
        Assert.Equal(0.85, new Percentage(85).Fraction, 10);
        Assert.Equal(new Percentage(40), Percentage.FromFraction(0.4));
        Assert.Equal("85%", new Percentage(85).ToString());
    }

    [Fact]
    public void A_control_effect_cannot_increase_risk()
    {
        Assert.Throws<IsmsException>(() => new ControlEffect(-1, 0));
        Assert.Throws<IsmsException>(() => new ControlEffect(0, -1));
        Assert.Equal(2, new ControlEffect(2, 1).LikelihoodReduction);
    }

    [Fact]
    public void An_applied_control_implements_at_least_one_catalog_control()
    {
        var error = Assert.Throws<IsmsException>(() => TestIsms.Control("AC9"));
        Assert.Equal(IsmsErrorCodes.InvalidList, error.Code);
        Assert.Contains("AppliedControl.Implements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_text_cannot_be_blank()
    {
        var error = Assert.Throws<IsmsException>(() => TestIsms.Asset("A1") with { Name = " " });
        Assert.Equal(IsmsErrorCodes.RequiredText, error.Code);
        Assert.Contains("Asset.Name", error.Message, StringComparison.Ordinal);
    }
}
