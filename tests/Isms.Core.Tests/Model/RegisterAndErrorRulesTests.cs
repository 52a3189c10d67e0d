using Isms.Core.Assets;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

/// <summary>
/// A register holds each id once and says which id it lacks or repeats; errors print their code and location, and an
/// exception carries at least one error.
/// </summary>
public sealed class RegisterAndErrorRulesTests
{
    [Fact]
    public void Upsert_adds_a_new_id_and_replaces_a_known_one()
    {
        var register = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"));

        var added = register.Upsert(TestIsms.Asset("A2"));
        var replaced = added.Upsert(TestIsms.Asset("A1") with { Name = "Renamed" });

        Assert.Equal(["A1", "A2"], added.Ids.Select(i => i.Value));
        Assert.Equal("Renamed", replaced[new AssetId("A1")].Name);
        Assert.Equal(2, replaced.Count);
        Assert.Equal("Register<Asset> (2)", replaced.ToString());
    }

    [Fact]
    public void Replacing_an_unknown_id_or_adding_a_known_one_names_the_register_and_the_id()
    {
        var register = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"));

        var unknown = Assert.Throws<IsmsException>(() => register.Replace(TestIsms.Asset("A9")));
        var duplicate = Assert.Throws<IsmsException>(() => register.Add(TestIsms.Asset("A1")));
        var inOf = Assert.Throws<IsmsException>(() => Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A1")));

        Assert.Equal((IsmsErrorCodes.UnknownId, "Asset", "A9", "A9"), (unknown.Code, unknown.Error.EntityKind, unknown.Error.EntityId, unknown.Value));
        Assert.Equal((IsmsErrorCodes.DuplicateId, "Asset", "A1", "Id", "A1"), (duplicate.Code, duplicate.Error.EntityKind, duplicate.Error.EntityId, duplicate.Member, duplicate.Value));
        Assert.Equal((IsmsErrorCodes.DuplicateId, "Asset", "Id"), (inOf.Code, inOf.Error.EntityKind, inOf.Member));
        Assert.Contains("Asset register already holds id 'A1'", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_is_built_from_any_sequence_and_an_empty_one_is_the_empty_register()
    {
        Assert.Same(Register<AssetId, Asset>.Empty, Register<AssetId, Asset>.Of(Enumerable.Empty<Asset>()));
        Assert.Equal(["A1", "A2"], Register<AssetId, Asset>.Of(new[] { "A1", "A2" }.Select(id => TestIsms.Asset(id))).Ids.Select(i => i.Value));
        Assert.Throws<ArgumentNullException>(() => Register<AssetId, Asset>.Of((IEnumerable<Asset>)null!));
        Assert.Throws<ArgumentNullException>(() => Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), null!));
        Assert.Throws<ArgumentNullException>(() => Register<AssetId, Asset>.Empty.Add(null!));
        Assert.Throws<ArgumentNullException>(() => Register<AssetId, Asset>.Empty.Replace(null!));
        Assert.Throws<ArgumentNullException>(() => Register<AssetId, Asset>.Empty.Upsert(null!));
    }

    [Fact]
    public void Registers_with_the_same_entities_in_the_same_order_are_equal_with_equal_hashes()
    {
        var a = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A2"));
        var b = Register<AssetId, Asset>.Empty.Add(TestIsms.Asset("A1")).Add(TestIsms.Asset("A2"));
        var other = Register<AssetId, Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A3"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, other);
        Assert.NotEqual(a.GetHashCode(), other.GetHashCode());
        Assert.True(a.Remove(new AssetId("A2")).Add(TestIsms.Asset("A2")).Contains(new AssetId("A2")));
    }

    [Fact]
    public void An_error_prints_its_code_location_and_message()
    {
        var located = new IsmsError(IsmsErrorCodes.DanglingReference, "gone") { EntityKind = "Asset", EntityId = "A1", Member = "Owner" };

        Assert.Equal($"{IsmsErrorCodes.DanglingReference} Asset[A1].Owner: gone", located.ToString());
        Assert.Equal($"{IsmsErrorCodes.DanglingReference}: gone", new IsmsError(IsmsErrorCodes.DanglingReference, "gone").ToString());
        Assert.Equal(string.Empty, new IsmsError(IsmsErrorCodes.DanglingReference, "gone").Location);
        Assert.Throws<ArgumentException>(() => new IsmsError(" ", "gone"));
        Assert.Throws<ArgumentException>(() => new IsmsError(IsmsErrorCodes.DanglingReference, " "));
    }

    [Fact]
    public void An_exception_carries_at_least_one_error_and_none_null()
    {
        var error = new IsmsError(IsmsErrorCodes.DanglingReference, "gone");

        Assert.Throws<ArgumentNullException>(() => new IsmsException((IsmsError)null!));
        Assert.Throws<ArgumentNullException>(() => new IsmsException((IEnumerable<IsmsError>)null!, "m"));
        Assert.Throws<ArgumentException>(() => new IsmsException([], "m"));
        Assert.Throws<ArgumentException>(() => new IsmsException([error, null!], "m"));
        Assert.Equal(2, new IsmsException([error, error], "two").Errors.Length);
    }
}
