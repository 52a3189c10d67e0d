using System.Text;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Import;

namespace Isms.Serialization.Tests.Import;

/// <summary>The scenario CSV reader accepts what analysts write and refuses bad files with one located, coded error.</summary>
public sealed class FairScenarioCsvReaderTests
{
    private static readonly FairScenarioCsvReader Reader = FairScenarioCsvReader.Default;

    [Fact]
    public void The_csv_layout_reads_rate_and_90_percent_interval_with_or_without_header()
    {
        var withHeader = Reader.Parse("Identifier,Name,Probability,Low_loss,High_loss\nA,\"Alice, the insider\",0.1,100000,1000000\nB,Bob loses a laptop,0.5,1000,50000\n");
        var without = Reader.Parse("# a comment\nA,\"Alice, the insider\",0.1,1e5,1000000\n\nB,Bob loses a laptop,0.5,1000,50000");

        Assert.Equal(2, withHeader.Scenarios.Length);
        Assert.Equal("Alice, the insider", withHeader.Scenarios[0].Name);
        Assert.Equal(0.1, ((ConstantDistribution)withHeader.Scenarios[0].GetEstimate(FairNode.LossEventFrequency)!).Value);
        Assert.Equal(LognormalDistribution.FromInterval90(100_000, 1_000_000), withHeader.Scenarios[0].GetEstimate(FairNode.LossMagnitude));
        Assert.Equal(withHeader.Scenarios.Select(s => s.Id), without.Scenarios.Select(s => s.Id));
    }

    [Fact]
    public void Bytes_streams_and_text_read_alike_and_byte_order_marks_are_honoured()
    {
        const string csv = "Identifier,Name,Probability,Low_loss,High_loss\r\nA,Ünïcode näme,0.1,100,1000\r\n";
        var fromText = Reader.Parse(csv);
        var utf8 = Encoding.UTF8.GetBytes(csv);

        Assert.Equal(fromText.Scenarios[0], Reader.Read(utf8).Scenarios[0]);
        Assert.Equal(fromText.Scenarios[0], Reader.Read(new MemoryStream(utf8)).Scenarios[0]);
        Assert.Equal(fromText.Scenarios[0], Reader.Read([0xEF, 0xBB, 0xBF, .. utf8]).Scenarios[0]);
        Assert.Equal(fromText.Scenarios[0], Reader.Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(csv)]).Scenarios[0]);
        Assert.Equal(fromText.Scenarios[0], Reader.Read([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(csv)]).Scenarios[0]);
    }

    [Theory]
    [InlineData("A,Alice,0.1,100000\n", DocumentErrorCodes.MalformedRow, 1, null)]
    [InlineData("A,Alice,often,1,2\n", DocumentErrorCodes.InvalidValue, 1, "Probability")]
    [InlineData("A,Alice,0.1,1000,10\n", DocumentErrorCodes.InvalidValue, 1, null)]
    [InlineData("A,Alice,-1,10,100\n", DocumentErrorCodes.InvalidValue, 1, null)]
    [InlineData("A,Alice,NaN,10,100\n", DocumentErrorCodes.InvalidValue, 1, "Probability")]
    [InlineData("A,Alice,0.1,10,1e400\n", DocumentErrorCodes.InvalidValue, 1, "High_loss")]
    [InlineData("A,Alice,0.1,10,100\nA,Again,0.1,10,100\n", DocumentErrorCodes.DuplicateId, 2, "Identifier")]
    [InlineData("Identifier,Name,Rate,Low_loss,High_loss\nA,Alice,0.1,10,100\n", DocumentErrorCodes.UnknownMember, 1, "3")]
    [InlineData("Identifier,Name\nA,Alice,0.1,10,100\n", DocumentErrorCodes.MalformedRow, 1, null)]
    [InlineData("A,\"Alice,0.1,10,100\n", DocumentErrorCodes.MalformedRow, 1, null)]
    [InlineData(" ,Alice,0.1,10,100\n", DocumentErrorCodes.MissingMember, 1, "Identifier")]
    [InlineData("# only a comment\n\n", DocumentErrorCodes.MissingMember, null, null)]
    [InlineData("", DocumentErrorCodes.MissingMember, null, null)]
    public void Bad_csv_is_refused_with_its_code_line_and_column(string csv, string code, int? line, string? column)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(csv));

        Assert.Equal(code, ex.Code);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Location.Column);
        Assert.Null(ex.Path);
    }

    [Theory]
    [InlineData("A,Alice,0.1,1000,10\n", FairErrorCodes.LowAboveHigh)]
    [InlineData("A,Alice,-1,10,100\n", FairErrorCodes.OutsideDomain)]
    [InlineData("A,Alice,NaN,10,100\n", FairErrorCodes.NonFinite)]
    [InlineData("A,Alice,0.1,0,100\n", FairErrorCodes.InvalidParameter)]
    public void A_value_the_open_fair_model_refuses_carries_the_models_error_inside(string csv, string modelCode)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(csv));

        Assert.Equal(DocumentErrorCodes.InvalidValue, ex.Code);
        var model = Assert.IsType<IsmsException>(ex.InnerException, exactMatch: false);
        Assert.IsNotType<IsmsDocumentException>(model);
        Assert.Equal(modelCode, model.Code);
        Assert.Contains(modelCode, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_position_points_at_the_field_in_bytes_of_its_line()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse("Identifier,Name,Probability,Low_loss,High_loss\nÄ,Ünïcode,often,10,100\n"));

        Assert.Equal(2, ex.Line);
        Assert.Equal("Probability", ex.Location.Column);
        Assert.Equal(1 + Encoding.UTF8.GetByteCount("Ä,Ünïcode,"), ex.BytePositionInLine);
        Assert.Equal("often", ex.Value);
    }

    // Issue 13, item 2: invalid UTF-8 was silently replaced by U+FFFD and read as a scenario name.
    [Theory]
    [InlineData(new byte[] { (byte)'A', (byte)',', 0xFF, (byte)',', (byte)'1', (byte)',', (byte)'1', (byte)',', (byte)'2' }, 1, 3)]
    [InlineData(new byte[] { (byte)'#', (byte)'\n', (byte)'A', (byte)',', (byte)'x', 0xC3, (byte)',', (byte)'1', (byte)',', (byte)'1', (byte)',', (byte)'2' }, 2, 4)]
    [InlineData(new byte[] { (byte)'A', (byte)',', 0xED, 0xA0, 0x80, (byte)',', (byte)'1', (byte)',', (byte)'1', (byte)',', (byte)'2' }, 1, 3)]
    public void Invalid_utf8_is_refused_at_its_line_and_byte_never_replaced(byte[] csv, int line, int position)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Read(csv));

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, ex.Code);
        Assert.Equal(line, ex.Line);
        Assert.Equal(position, ex.BytePositionInLine);
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_is_refused_not_replaced()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse("A,Al\ud800ice,0.1,10,100\n"));

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, ex.Code);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Utf16_that_is_not_valid_after_its_byte_order_mark_is_refused()
    {
        byte[] broken = [0xFF, 0xFE, (byte)'A', 0, 0x00, 0xD8, (byte)',', 0];

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, Assert.Throws<IsmsDocumentException>(() => Reader.Read(broken)).Code);
    }

    // Issue 13, item 4: a value holding a line break, U+0085 or U+2028 was echoed raw and the one-line error became two.
    [Theory]
    [InlineData("A,Alice,1\u20282,10,100\n")]
    [InlineData("A,Alice,1\u00852,10,100\n")]
    [InlineData("A,Alice,\"1\u2029\u202e2\",10,100\n")]
    public void A_value_with_line_or_paragraph_separators_is_echoed_escaped_on_one_line(string csv)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(csv));

        Assert.Equal(DocumentErrorCodes.InvalidValue, ex.Code);
        Assert.Null(Fuzz.FuzzHarness.FirstNotOneLine(ex.Message));
        Assert.Contains("\\u", ex.Message, StringComparison.Ordinal);
        Assert.Equal(csv.Split(',')[2].Trim('"'), ex.Value);
    }

    [Fact]
    public void The_display_name_given_is_the_only_file_name_in_the_message()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Read(new MemoryStream("A,Alice,often,1,2\n"u8.ToArray()), "scenarios.csv"));

        Assert.Equal("scenarios.csv", ex.Location.Source);
        Assert.StartsWith("ISMS-DOC-024 scenarios.csv line 1, column Probability", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_of_the_document_options_apply()
    {
        var small = new FairScenarioCsvReader(new IsmsDocumentOptions { MaxItemsPerCollection = 3, MaxStringBytes = 16, MaxDocumentBytes = 2048 });
        var rows = string.Concat(Enumerable.Range(0, 4).Select(i => $"S{i},Name,0.1,10,100\n"));

        Assert.Equal(DocumentErrorCodes.TooManyItems, Assert.Throws<IsmsDocumentException>(() => small.Parse(rows)).Code);
        Assert.Equal(DocumentErrorCodes.TokenTooLong, Assert.Throws<IsmsDocumentException>(() => small.Parse($"A,{new string('n', 40)},0.1,10,100\n")).Code);
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, Assert.Throws<IsmsDocumentException>(() => small.Read(new MemoryStream(new byte[4096]))).Code);
    }

    [Fact]
    public void An_endless_stream_is_read_no_further_than_the_limit()
    {
        var reader = new FairScenarioCsvReader(new IsmsDocumentOptions { MaxDocumentBytes = 64 * 1024 });
        using var endless = new EndlessStream();

        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, Assert.Throws<IsmsDocumentException>(() => reader.Read(endless)).Code);
        Assert.True(endless.Position <= (64 * 1024) + 1);
    }

    /// <summary>A stream of zeros without end, as <c>/dev/zero</c> named <c>.csv</c>.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Position += count;
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
