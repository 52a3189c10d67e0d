using FsCheck;
using FsCheck.Fluent;
using Isms.Serialization.Tests.Fuzz;

namespace Isms.Serialization.Tests;

/// <summary>The one helper every error message uses to echo what it read.</summary>
public sealed class DocumentErrorTextTests
{
    [Theory]
    [InlineData("R-01", "'R-01'")]
    [InlineData("a\nb", "'a\\nb'")]
    [InlineData("a\r\nb", "'a\\r\\nb'")]
    [InlineData("a\u0085b", "'a\\u0085b'")]
    [InlineData("a\u2028b\u2029", "'a\\u2028b\\u2029'")]
    [InlineData("\u202eevil", "'\\u202eevil'")]
    [InlineData("tab\there", "'tab\\there'")]
    [InlineData("C:\\path", "'C:\\\\path'")]
    [InlineData("\ud83d\ude00 ok", "'\ud83d\ude00 ok'")]
    [InlineData("ünïcödé", "'ünïcödé'")]
    [InlineData(null, "null")]
    public void Quote_escapes_what_would_break_or_garble_a_line(string? value, string expected)
    {
        Assert.Equal(expected, DocumentErrorText.Quote(value));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_a_pair_is_kept()
    {
        // Built at run time: attribute arguments cannot hold a lone surrogate.
        Assert.Equal("'x\\ud800y'", DocumentErrorText.Quote("x" + (char)0xD800 + "y"));
        Assert.Equal("'\\udc00'", DocumentErrorText.Quote(((char)0xDC00).ToString()));
        Assert.Equal("a\\ud800", DocumentErrorText.OneLine("a" + (char)0xD800));
    }

    [Fact]
    public void A_long_value_is_cut_without_splitting_a_surrogate_pair()
    {
        var value = new string('a', DocumentErrorText.MaxEchoedLength - 1) + "\U0001F600" + "tail";

        var quoted = DocumentErrorText.Quote(value);

        Assert.Equal("'" + new string('a', DocumentErrorText.MaxEchoedLength - 1) + "...'", quoted);
        Assert.Null(FuzzHarness.FirstNotOneLine(quoted));
    }

    [Fact]
    public void OneLine_leaves_back_slashes_and_plain_text_alone()
    {
        const string plain = "ISMS-DOC-020 $.a['b c'] (line 1, position 2): unknown member 'x\\y'.";

        Assert.Same(plain, DocumentErrorText.OneLine(plain));
        Assert.Equal("a\\nb\\u2028", DocumentErrorText.OneLine("a\nb\u2028"));
    }

    [Fact]
    public void Whatever_the_text_quoted_and_one_line_forms_are_one_line_of_well_formed_text()
    {
        var anyText = Gen.Elements<char>(['a', ' ', '\n', '\r', '\t', '\u0000', '\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\u2066', '\ud800', '\udc00', '\\', '\'', 'é'])
            .ArrayOf().Select(chars => new string(chars));

        Prop.ForAll(Arb.From(anyText), text =>
        {
            Assert.Null(FuzzHarness.FirstNotOneLine(DocumentErrorText.Quote(text)));
            Assert.Null(FuzzHarness.FirstNotOneLine(DocumentErrorText.OneLine(text)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Escaping_loses_nothing_distinct_values_stay_distinct()
    {
        var shortText = Gen.Elements<char>(['a', '\n', '\\', 'n', '\u2028', 'u'])
            .ArrayOf().Where(c => c.Length <= 20).Select(chars => new string(chars));

        Prop.ForAll(Arb.From(shortText), Arb.From(shortText), (a, b) =>
            a == b || DocumentErrorText.Quote(a) != DocumentErrorText.Quote(b)).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_document_exception_message_is_one_line_whatever_its_parts_hold()
    {
        var ex = new IsmsDocumentException("ISMS-DOC-024", DocumentLocation.InJson("$['a\nb']", 1, 2) with { Source = "x\u2028.json" }, "bad\rvalue", "one\u0085line", "v", null);

        Assert.Null(FuzzHarness.FirstNotOneLine(ex.Message));
        Assert.Equal("ISMS-DOC-024 x\\u2028.json $['a\\nb'] (line 1, position 2): bad\\rvalue; expected one\\u0085line.", ex.Message);
        Assert.Equal("v", ex.Value);
    }
}
