using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Tests.TestData;
using Isms.Risk.Scoring;

namespace Isms.Reports.Tests;

/// <summary>Text from the organisation's data reaches XML: markup characters, quotes, CDATA ends, control characters
/// and astral characters must neither break the document nor inject markup.</summary>
public sealed class HostileTextProperties
{
    private static readonly RiskStage[] Both = [RiskStage.Inherent, RiskStage.Residual];

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 150)]
    public void Any_organisation_name_gives_a_parseable_svg_whose_title_holds_the_name(HostileName name)
    {
        var register = RegisterScorer.Score(ReadyIsms.Create(), TestIsms.Today);
        using var stream = new MemoryStream();

        RiskHeatMapSvgWriter.Write(register, Both, name.Value, stream);

        stream.Position = 0;
        var svg = XDocument.Load(stream);
        Assert.Equal(ReportReading.Lines($"Risk heat map: {Expected(name.Value)}"), svg.Root!.Element(ReportReading.Svg + "title")!.Value);
        Assert.Equal(2 * 25, svg.Descendants(ReportReading.Svg + "rect").Count(r => (string?)r.Attribute("class") == "cell"));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.Namespace != ReportReading.Svg);
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 60)]
    public void Any_legal_name_and_evidence_text_gives_a_workbook_that_reads_back_as_written(HostileName name, HostileName evidence)
    {
        var builder = ReadyIsms.Builder();
        builder.Profile = builder.Profile! with { LegalName = name.Value };
        var isms = builder.Build();
        var soa = isms.StatementOfApplicability!;
        var first = soa.Decisions[0];
        soa = soa.WithDecision(first with { Evidence = [new Core.Controls.EvidenceReference { Description = evidence.Value }] });
        using var stream = new MemoryStream();

        SoaWorkbookWriter.Write(isms, soa, stream);

        var xlsx = stream.ToArray();
        var about = ReportReading.Cells(xlsx, "xl/worksheets/sheet2.xml");
        Assert.Equal(ReportReading.Lines(Expected(name.Value)), ReportReading.Lines(about[0][1]));
        var row = ReportReading.Cells(xlsx, "xl/worksheets/sheet1.xml").Single(r => r[0] == first.Control.Value);
        Assert.StartsWith(ReportReading.Lines(Expected(evidence.Value)), ReportReading.Lines(row[8]), StringComparison.Ordinal);
    }

    /// <summary>What a reader gets back: each character XML cannot carry is U+FFFD, everything else as given.</summary>
    private static string Expected(string text) =>
        string.Concat(text.EnumerateRunes().Select(r => r.Value is 0x9 or 0xA or 0xD || (r.Value >= 0x20 && r.Value is not (0xFFFE or 0xFFFF)) ? r.ToString() : "\uFFFD"));
}

/// <summary>A non-blank, well-formed (no lone surrogate) text mixing markup and control characters.</summary>
public sealed record HostileName(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < 0x20 || c > 0x7e ? $"\\u{(int)c:x4}" : c.ToString()));
}

public static class HostileText
{
    private static readonly string[] Pieces =
        ["<", ">", "&", "\"", "'", "]]>", "<!--", "&amp;", "<script>alert(1)</script>", "\u0000", "\u0001", "\u001f", "\t", "\r\n", "\r", "\uFFFE", "\uFFFF", "😀", "é", "Acme", " ", "\u202e", "x:y", "{{0}}"];

    public static Arbitrary<HostileName> Names() =>
        Gen.ListOf(Gen.Elements(Pieces))
            .Select(parts => new HostileName("N" + string.Concat(parts)))
            .ToArbitrary();
}
