using Isms.Core.Assets;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

/// <summary>
/// <see cref="Register{TId, TEntity}.Of(IEnumerable{TEntity})"/> reads arrays and lists in place and copies other
/// sequences once: whatever the source, the register holds the same entities in the same order and refuses the same
/// duplicates and empty ids.
/// </summary>
public sealed class RegisterSourcesTests
{
    private static readonly Asset[] Three = [TestIsms.Asset("A1"), TestIsms.Asset("A2"), TestIsms.Asset("A3")];

    public static TheoryData<string> Sources => new() { "array", "list", "lazy sequence", "immutable array", "span" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_source_gives_the_entities_in_their_order(string source)
    {
        var register = Of(source, Three);

        Assert.Equal(["A1", "A2", "A3"], register.Select(a => a.Id.Value));
        Assert.Equal(3, register.Count);
        Assert.Same(Three[1], register[new AssetId("A2")]);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_source_refuses_a_duplicate_id_and_an_empty_source_is_the_empty_register(string source)
    {
        var error = Assert.Throws<IsmsException>(() => Of(source, [Three[0], Three[1], TestIsms.Asset("A1")]));
        Assert.Equal(IsmsErrorCodes.DuplicateId, error.Code);
        Assert.Same(Register<AssetId, Asset>.Empty, Of(source, []));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_source_refuses_a_null_entity(string source) =>
        Assert.Throws<ArgumentNullException>(() => Of(source, [Three[0], null!]));

    [Fact]
    public void A_covariant_array_is_read_as_the_register_s_entity_type()
    {
        // An array of a derived entity type seen as the base type: a span of the base type accepts it.
        Named[] derived = [new Named(new AssetId("A1"), "first"), new Named(new AssetId("A2"), "second")];
        var register = Register<AssetId, Entity>.Of((IEnumerable<Entity>)derived);

        Assert.Equal(["first", "second"], register.Cast<Named>().Select(n => n.Name));
    }

    private static Register<AssetId, Asset> Of(string source, Asset[] assets) => source switch
    {
        "array" => Register<AssetId, Asset>.Of((IEnumerable<Asset>)assets),
        "list" => Register<AssetId, Asset>.Of(assets.ToList()),
        "lazy sequence" => Register<AssetId, Asset>.Of(assets.Select(a => a)),
        "immutable array" => Register<AssetId, Asset>.Of(System.Collections.Immutable.ImmutableArray.Create(assets)),
        _ => Register<AssetId, Asset>.Of(assets.AsSpan()),
    };

    private class Entity(AssetId id) : IEntity<AssetId>
    {
        public AssetId Id { get; } = id;
    }

    private sealed class Named(AssetId id, string name) : Entity(id)
    {
        public string Name { get; } = name;
    }
}
