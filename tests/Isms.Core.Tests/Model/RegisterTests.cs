using Isms.Core.Assets;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

public class RegisterTests
{
    [Fact]
    public void A_register_rejects_a_duplicate_id_naming_it()
    {
        var register = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"));
        var error = Assert.Throws<IsmsException>(() => register.Add(TestIsms.Asset("A1")));
        Assert.Equal(IsmsErrorCodes.DuplicateId, error.Code);
        Assert.Contains("A1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_a_register_with_duplicate_ids_fails()
    {
        var error = Assert.Throws<IsmsException>(() => Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A1")));
        Assert.Equal(IsmsErrorCodes.DuplicateId, error.Code);
    }

    [Fact]
    public void Removing_an_unknown_id_fails_with_the_unknown_id_code()
    {
        var error = Assert.Throws<IsmsException>(() => Register<AssetId, Asset>.Empty.Remove(new AssetId("nope")));
        Assert.Equal(IsmsErrorCodes.UnknownId, error.Code);
    }

    [Fact]
    public void Replace_keeps_the_position_and_changes_the_entity()
    {
        var register = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A2"), TestIsms.Asset("A3"));
        var changed = register.Replace(TestIsms.Asset("A2") with { Name = "Renamed" });
        Assert.Equal(["A1", "A2", "A3"], changed.Ids.Select(i => i.Value));
        Assert.Equal("Renamed", changed[new AssetId("A2")].Name);
        Assert.Equal("Asset A2", register[new AssetId("A2")].Name);
    }

    [Fact]
    public void Registers_with_equal_entities_in_the_same_order_are_equal()
    {
        var a = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A2"));
        var b = Register<AssetId, Asset>.Empty.Add(TestIsms.Asset("A1")).Add(TestIsms.Asset("A2"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}

public class ValueEqualityTests
{
    [Fact]
    public void Entities_with_equal_lists_are_equal_even_when_built_separately()
    {
        Assert.Equal(TestIsms.Asset("A2", "A1", "A3"), TestIsms.Asset("A2", "A1", "A3"));
        Assert.Equal(TestIsms.Asset("A2", "A1").GetHashCode(), TestIsms.Asset("A2", "A1").GetHashCode());
        Assert.NotEqual(TestIsms.Asset("A2", "A1"), TestIsms.Asset("A2", "A3"));
    }

    [Fact]
    public void Two_separately_built_identical_isms_are_equal()
    {
        Assert.Equal(ReadyIsms.Create(), ReadyIsms.Create());
        Assert.NotEqual(ReadyIsms.Create(), ReadyIsms.Create().With(b => b.Documents = b.Documents.Remove(new DocumentId("D1"))));
    }
}
