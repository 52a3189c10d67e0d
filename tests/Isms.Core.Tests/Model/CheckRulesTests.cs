using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Tests.Model;

/// <summary>
/// The field checks every model type uses (<c>Check</c>): ids, texts, well-formed UTF-16, lists without empty or
/// repeated items (short and long lists alike), date order, digests and URIs, each error naming the field.
/// </summary>
public sealed class CheckRulesTests
{
    private static (string Code, string? Kind, string? Member, string? Value) Error(Action check)
    {
        var ex = Assert.Throws<IsmsException>(check);
        return (ex.Code, ex.Error.EntityKind, ex.Member, ex.Value);
    }

    // Theory data cannot carry lone surrogates (they are serialised), so the cases are indexed.
    private static readonly string[] IllFormed =
    [
        "a\uD800", // lone high surrogate at the end
        "\uDC00a", // lone low surrogate first
        "a\uD800b", // high surrogate followed by a letter
        "\uD83D\uDE00\uDE00", // a pair, then a lone low surrogate
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Ill_formed_text_is_refused_naming_the_field(int index)
    {
        var text = IllFormed[index];
        Assert.Equal((IsmsErrorCodes.InvalidText, "Asset", "Name", text), Error(() => Check.WellFormed(text, "Asset.Name")));
        Assert.Equal((IsmsErrorCodes.InvalidText, "Asset", "Name", text), Error(() => Check.Text(text, "Asset.Name")));
        Assert.Equal((IsmsErrorCodes.InvalidText, "Asset", "Name", text), Error(() => Check.OptionalText(text, "Asset.Name")));
        Assert.Equal((IsmsErrorCodes.InvalidText, "AssetId", null, text), Error(() => Check.Id(text, "AssetId")));
        Assert.Equal(IsmsErrorCodes.InvalidText, Error(() => Check.List(ImmutableArray.Create("ok", text), "Asset.Tags")).Code);
    }

    [Fact]
    public void The_error_gives_the_index_of_the_lone_surrogate()
    {
        var ex = Assert.Throws<IsmsException>(() => Check.WellFormed("ab\uD83D\uDE00c\uDC00", "Asset.Name"));

        Assert.Contains("(U+DC00) at index 5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Well_formed_text_is_accepted(int index)
    {
        var text = new[] { string.Empty, "plain text", "\uD83D\uDE00", "emoji \uD83D\uDE00 and \uD83C\uDF89 pairs" }[index];
        Check.WellFormed(text, "Asset.Name");
        Assert.Equal(text, Check.OptionalText(text.Length == 0 ? null : text, "Asset.Name") ?? string.Empty);
    }

    [Fact]
    public void Texts_and_ids_are_not_empty_and_ids_not_padded()
    {
        Assert.Equal((IsmsErrorCodes.RequiredText, "Asset", "Name", " "), Error(() => Check.Text(" ", "Asset.Name")));
        Assert.Equal((IsmsErrorCodes.RequiredText, "Asset", "Name", " "), Error(() => Check.OptionalText(" ", "Asset.Name")));
        Assert.Null(Check.OptionalText(null, "Asset.Name"));
        Assert.Equal((IsmsErrorCodes.InvalidId, "AssetId", null, ""), Error(() => Check.Id(string.Empty, "AssetId")));
        Assert.Equal((IsmsErrorCodes.InvalidId, "AssetId", null, " A1"), Error(() => Check.Id(" A1", "AssetId")));
        Assert.Equal("A1", Check.Id("A1", "AssetId"));
        Assert.Equal(IsmsErrorCodes.InvalidId, Error(() => Check.Id(default(AssetId), "Risk.Asset")).Code);
        Assert.Null(Check.OptionalId<AssetId>(null, "Risk.Asset"));
        Assert.Equal(new AssetId("A1"), Check.OptionalId<AssetId>(new AssetId("A1"), "Risk.Asset"));
    }

    /// <summary>Short lists are checked pairwise and long ones with a set: the same rules, the same first offender.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void A_list_holds_no_empty_and_no_repeated_item_whatever_its_length(int length)
    {
        var items = Enumerable.Range(1, length).Select(i => $"item {i}").ToImmutableArray();

        Assert.Equal(items, Check.List(items, "Asset.Tags"));
        Assert.Equal((IsmsErrorCodes.InvalidList, "Asset", $"Tags[{length}]", "item 2"), Error(() => Check.List(items.Add("item 2"), "Asset.Tags")));
        Assert.Equal((IsmsErrorCodes.InvalidList, "Asset", "Tags", " "), Error(() => Check.List(items.Add(" "), "Asset.Tags")));
        Assert.Equal((IsmsErrorCodes.InvalidList, "Asset", "Tags", null), Error(() => Check.List(items.Add(null!), "Asset.Tags")));
        Assert.Equal(IsmsErrorCodes.InvalidList, Error(() => Check.List(items.Select(i => new AssetId(i)).ToImmutableArray().Add(default), "Risk.Assets")).Code);
        Assert.Equal(IsmsErrorCodes.InvalidText, Error(() => Check.List(items.Add("bad \uD800"), "Asset.Tags")).Code);
    }

    [Fact]
    public void A_default_list_is_empty_unless_a_value_is_required()
    {
        Assert.Empty(Check.List(default(ImmutableArray<string>), "Asset.Tags"));
        Assert.Equal((IsmsErrorCodes.InvalidList, "AppliedControl", "Implements", null), Error(() => Check.List(default(ImmutableArray<string>), "AppliedControl.Implements", nonEmpty: true)));
        Assert.Single(Check.List(ImmutableArray.Create("5.1"), "AppliedControl.Implements", nonEmpty: true));
    }

    [Fact]
    public void A_later_date_may_be_the_same_day_but_not_earlier()
    {
        var day = new LocalDate(2026, 3, 1);

        Check.DateOrder(day, day, "Audit.PlannedOn", "Audit.CompletedOn");
        Check.DateOrder(day, null, "Audit.PlannedOn", "Audit.CompletedOn");
        Assert.Equal((IsmsErrorCodes.DateOrder, "Audit", "CompletedOn", "2026-02-28"), Error(() => Check.DateOrder(day, day.PlusDays(-1), "Audit.PlannedOn", "Audit.CompletedOn")));
    }

    [Fact]
    public void Digests_uris_time_zones_and_minimums()
    {
        var upper = new string('A', 64);

        Assert.Equal(new string('a', 64), Check.Sha256(upper, "Artefact.Sha256"));
        Assert.Equal(IsmsErrorCodes.InvalidDigest, Error(() => Check.Sha256(new string('g', 64), "Artefact.Sha256")).Code);
        Assert.Equal(IsmsErrorCodes.InvalidDigest, Error(() => Check.Sha256(new string('a', 63), "Artefact.Sha256")).Code);
        Assert.Equal(IsmsErrorCodes.InvalidDigest, Error(() => Check.Sha256(null!, "Artefact.Sha256")).Code);
        Assert.Throws<ArgumentNullException>(() => Check.AbsoluteUri(null!, "Artefact.Location"));
        Assert.Equal((IsmsErrorCodes.RelativeUri, "Artefact", "Location", "a/b"), Error(() => Check.AbsoluteUri(new Uri("a/b", UriKind.Relative), "Artefact.Location")));
        Assert.Equal("Europe/Berlin", Check.TimeZone("Europe/Berlin", "Schedule.TimeZone"));
        Assert.Equal(IsmsErrorCodes.UnknownTimeZone, Error(() => Check.TimeZone(" ", "Schedule.TimeZone")).Code);
        Assert.Equal(3, Check.AtLeast(3, 3, "Test.SampleSize"));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "Test", "SampleSize", "2"), Error(() => Check.AtLeast(2, 3, "Test.SampleSize")));
        Assert.Null(Check.OptionalAtLeast(null, 1, "Test.SampleSize"));
        Assert.Equal(IsmsErrorCodes.OutOfRange, Error(() => Check.OptionalAtLeast(0, 1, "Test.SampleSize")).Code);
    }
}
