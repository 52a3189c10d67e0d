namespace Isms.Core.Tests.Model;

public class IdTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" A-1")]
    [InlineData("A-1 ")]
    public void An_id_must_be_non_empty_and_unpadded(string value)
    {
        var error = Assert.Throws<IsmsException>(() => new AssetId(value));
        Assert.Equal(IsmsErrorCodes.InvalidId, error.Code);
        Assert.Contains("AssetId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_of_equal_value_are_equal_and_print_their_value()
    {
        Assert.Equal(new RiskId("R-7"), new RiskId("R-7"));
        Assert.Equal("R-7", new RiskId("R-7").ToString());
    }

    [Fact]
    public void An_entity_rejects_a_default_id()
    {
        var error = Assert.Throws<IsmsException>(() => TestData.TestIsms.Asset("A1") with { Owner = default });
        Assert.Equal(IsmsErrorCodes.InvalidId, error.Code);
        Assert.Contains("Asset.Owner", error.Message, StringComparison.Ordinal);
    }
}
