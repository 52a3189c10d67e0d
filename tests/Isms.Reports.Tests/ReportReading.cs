using System.IO.Compression;
using System.Xml.Linq;

namespace Isms.Reports.Tests;

/// <summary>Reads a workbook back with nothing but <see cref="ZipArchive"/> and LINQ to XML: what any reader sees.</summary>
internal static class ReportReading
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IReadOnlyList<string> PartNames(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal)];
    }

    public static XDocument Part(byte[] xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)?.Open() ?? throw new InvalidOperationException($"no part {name}");
        return XDocument.Load(stream);
    }

    /// <summary>The cells of a sheet as text (shared strings resolved), row by row.</summary>
    public static List<string[]> Cells(byte[] xlsx, string sheetPart)
    {
        var strings = Part(xlsx, "xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => si.Element(Main + "t")!.Value).ToList();
        return [.. Part(xlsx, sheetPart).Descendants(Main + "row")
            .Select(row => row.Elements(Main + "c").Select(c => strings[int.Parse(c.Element(Main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)]).ToArray())];
    }

    /// <summary>XML's end-of-line handling: a parser reads CR LF and CR as LF.</summary>
    public static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

/// <summary>A write-only stream that cannot seek, as an HTTP response body.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly MemoryStream _inner = new();

    public byte[] Written => _inner.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
