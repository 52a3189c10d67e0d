using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

public sealed class HostileInputTests
{
    private static IsmsDocumentException Reject(byte[] utf8, IsmsDocumentOptions? options = null) =>
        Assert.Throws<IsmsDocumentException>(() => new IsmsDocumentSerializer(options).Deserialize<ControlCatalog>(utf8));

    [Fact]
    public void Deep_nesting_is_refused_at_the_depth_limit_without_recursing()
    {
        var json = "{\"schemaVersion\":2,\"kind\":\"control-catalog\",\"id\":" + new string('[', 1_000_000) + new string(']', 1_000_000) + "}";
        var error = Reject(Encoding.ASCII.GetBytes(json));
        Assert.Equal(DocumentErrorCodes.TooDeep, error.Code);
        Assert.StartsWith("$.id", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vendor_can_lower_the_depth_limit()
    {
        var json = Catalogs.Document(); // depth 3: root, controls, control
        Assert.Equal(DocumentErrorCodes.TooDeep, Reject(Catalogs.Utf8(json), new IsmsDocumentOptions { MaxDepth = 2 }).Code);
        Assert.NotNull(new IsmsDocumentSerializer(new IsmsDocumentOptions { MaxDepth = 3 }).Deserialize<ControlCatalog>(Catalogs.Utf8(json)));
    }

    [Fact]
    public void A_huge_number_is_refused_as_too_long()
    {
        var json = Catalogs.Document(extra: ",\"x\":1" + new string('0', 100_000));
        Assert.Equal(DocumentErrorCodes.TokenTooLong, Reject(Catalogs.Utf8(json)).Code);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    public void A_schema_version_that_is_not_a_32_bit_whole_number_is_refused(string value)
    {
        var json = $$"""{"schemaVersion":{{value}},"kind":"control-catalog"}""";
        Assert.Equal(DocumentErrorCodes.UnsupportedSchemaVersion, Reject(Catalogs.Utf8(json)).Code);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("01")]
    [InlineData("+1")]
    [InlineData(".5")]
    public void Non_JSON_numbers_are_malformed(string value)
    {
        var json = Catalogs.Document(extra: ",\"x\":" + value);
        Assert.Equal(DocumentErrorCodes.MalformedJson, Reject(Catalogs.Utf8(json)).Code);
    }

    [Fact]
    public void A_very_long_string_is_refused_at_the_string_limit()
    {
        var json = Catalogs.Document($$"""{"id":"5.1","theme":"t","title":"{{new string('a', 2 * 1024 * 1024)}}"}""");
        var error = Reject(Catalogs.Utf8(json));
        Assert.Equal(DocumentErrorCodes.TokenTooLong, error.Code);
        Assert.Equal("$.controls[0].title", error.Path);
    }

    [Fact]
    public void A_very_long_member_name_is_refused_at_the_string_limit()
    {
        var json = Catalogs.Document(extra: $",\"{new string('k', 100)}\":1");
        Assert.Equal(DocumentErrorCodes.TokenTooLong, Reject(Catalogs.Utf8(json), new IsmsDocumentOptions { MaxStringBytes = 64 }).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Invalid_UTF8_is_refused_with_its_position(byte[] bad)
    {
        var prefix = Catalogs.Utf8("{\"schemaVersion\":2,\n\"kind\":\"control-catalog\",\"id\":\"");
        var json = prefix.Concat(bad).Concat(Catalogs.Utf8("\"}")).ToArray();
        var error = Reject(json);
        Assert.Equal(DocumentErrorCodes.InvalidUtf8, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Too_many_items_in_one_array_are_refused_at_the_collection_limit()
    {
        var controls = string.Join(",", Enumerable.Range(1, 11).Select(i => $$"""{"id":"{{i}}","theme":"t","title":"x"}"""));
        var error = Reject(Catalogs.Utf8(Catalogs.Document(controls)), new IsmsDocumentOptions { MaxItemsPerCollection = 10 });
        Assert.Equal(DocumentErrorCodes.TooManyItems, error.Code);
        Assert.Equal("$.controls[10]", error.Path);
    }

    [Fact]
    public void Too_many_members_in_one_object_are_refused_at_the_collection_limit()
    {
        var error = Reject(Catalogs.Utf8(Catalogs.Document()), new IsmsDocumentOptions { MaxItemsPerCollection = 5 });
        Assert.Equal(DocumentErrorCodes.TooManyItems, error.Code);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_parsing()
    {
        var json = Catalogs.Utf8(Catalogs.Document(extra: $",\"pad\":\"{new string(' ', 4096)}\""));
        var error = Reject(json, new IsmsDocumentOptions { MaxDocumentBytes = 2048 });
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, error.Code);
    }

    [Fact]
    public void An_endless_stream_is_read_only_up_to_the_size_limit()
    {
        using var endless = new EndlessStream();
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { MaxDocumentBytes = 1024 * 1024 });
        var error = Assert.Throws<IsmsDocumentException>(() => serializer.Deserialize<ControlCatalog>(endless));
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, error.Code);
        Assert.True(endless.BytesRead <= (1024 * 1024) + 65536, $"read {endless.BytesRead} bytes");
    }

    [Fact]
    public void Every_truncation_of_a_valid_document_is_refused_with_the_document_exception()
    {
        var bytes = IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample);
        for (var length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(bytes.AsSpan(0, length)));
            Assert.StartsWith("ISMS-DOC-", error.Code, StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 500)]
    public Property Arbitrary_bytes_give_a_model_or_the_document_exception_and_nothing_else() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).ToArbitrary(), bytes => ReadsOrRejects(bytes));

    [Property(MaxTest = 500)]
    public Property A_valid_document_with_one_byte_changed_gives_a_model_or_the_document_exception()
    {
        var valid = IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample);
        var edits = from position in Gen.Choose(0, valid.Length - 1)
                    from value in Gen.Elements<byte>((byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)',', (byte)':', (byte)'\\', (byte)'1', (byte)'x', 0, 0x80, 0xFF, (byte)' ')
                    select (position, value);
        return Prop.ForAll(edits.ToArbitrary(), edit =>
        {
            var bytes = (byte[])valid.Clone();
            bytes[edit.position] = edit.value;
            return ReadsOrRejects(bytes);
        });
    }

    private static bool ReadsOrRejects(byte[] bytes)
    {
        try
        {
            _ = IsmsDocumentSerializer.Default.Deserialize(bytes);
            return true;
        }
        catch (IsmsDocumentException)
        {
            return true;
        }
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
