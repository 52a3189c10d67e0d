using Isms.Core.Applicability;
using Isms.Core.Tests.TestData;

namespace Isms.Reports.Tests;

/// <summary><see cref="SoaWorkbookWriter"/>: the workbook is a valid Office Open XML package holding every SoA row.</summary>
public sealed class SoaWorkbookWriterTests
{
    private static readonly string[] ExpectedParts =
    [
        "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml",
        "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    ];

    [Fact]
    public void The_workbook_is_a_zip_with_the_workbook_parts_and_one_row_per_control_after_the_header()
    {
        var isms = ReadyIsms.Create();
        using var stream = new MemoryStream();

        var count = SoaWorkbookWriter.Write(isms, isms.StatementOfApplicability!, stream);

        var xlsx = stream.ToArray();
        Assert.Equal(ExpectedParts, ReportReading.PartNames(xlsx));
        var sheets = ReportReading.Part(xlsx, "xl/workbook.xml").Descendants(ReportReading.Main + "sheet").Select(s => (string)s.Attribute("name")!);
        Assert.Equal([SoaWorkbookWriter.SheetName, "About"], sheets);
        var cells = ReportReading.Cells(xlsx, "xl/worksheets/sheet1.xml");
        var rows = SoaRows.Of(isms, isms.StatementOfApplicability!);
        Assert.Equal(TestIsms.Catalog.Controls.Length, count);
        Assert.Equal(count + 1, cells.Count);
        Assert.Equal(SoaWorkbookWriter.Header, cells[0]);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            Assert.Equal([r.Id, r.Title, r.Theme, r.Applicable, r.Reasons, r.ExclusionJustification, r.Status, r.AppliedControls, r.Evidence], cells[i + 1]);
        }

        Assert.Equal(["5.1", "Policies for information security", "Organizational", "yes"], cells[1][0..4]);
    }

    [Fact]
    public void The_about_sheet_names_the_organisation_the_version_and_the_counts()
    {
        var isms = ReadyIsms.Create();
        using var stream = new MemoryStream();
        SoaWorkbookWriter.Write(isms, isms.StatementOfApplicability!, stream);

        var about = ReportReading.Cells(stream.ToArray(), "xl/worksheets/sheet2.xml").ToDictionary(r => r[0], r => r[1]);

        Assert.Equal("Test Ltd", about["Statement of Applicability"]);
        Assert.Equal("1.0", about["Version"]);
        Assert.False(string.IsNullOrEmpty(about["Approved by"]));
        Assert.Equal(TestIsms.Catalog.Controls.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), about["Controls"]);
    }

    [Fact]
    public async Task Async_and_forward_only_writes_give_the_same_parts_as_a_seekable_write()
    {
        var isms = ReadyIsms.Create();
        var soa = isms.StatementOfApplicability!;
        using var seekable = new MemoryStream();
        SoaWorkbookWriter.Write(isms, soa, seekable);
        using var forward = new ForwardOnlyStream();
        SoaWorkbookWriter.Write(isms, soa, forward);
        using var forwardAsync = new ForwardOnlyStream();

        var count = await SoaWorkbookWriter.WriteAsync(isms, soa, forwardAsync, TestContext.Current.CancellationToken);

        Assert.Equal(TestIsms.Catalog.Controls.Length, count);
        var expected = ReportReading.Cells(seekable.ToArray(), "xl/worksheets/sheet1.xml");
        Assert.Equal(expected, ReportReading.Cells(forward.Written, "xl/worksheets/sheet1.xml"));
        Assert.Equal(expected, ReportReading.Cells(forwardAsync.Written, "xl/worksheets/sheet1.xml"));
    }

    [Fact]
    public async Task A_cancelled_token_writes_nothing()
    {
        var isms = ReadyIsms.Create();
        using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SoaWorkbookWriter.WriteAsync(isms, isms.StatementOfApplicability!, stream, new CancellationToken(canceled: true)));

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Undecided_and_excluded_controls_have_their_own_rows()
    {
        var isms = ReadyIsms.Builder().Build();
        var soa = isms.StatementOfApplicability!
            .WithoutDecision(new Core.Catalogs.ControlId("8.13"))
            .WithDecision(SoaDecision.Exclude(new Core.Catalogs.ControlId("7.4"), ExclusionReason.OutsideScope, "No premises"));

        var rows = SoaRows.Of(isms, soa);

        var undecided = rows.Single(r => r.Id == "8.13");
        Assert.Equal(new SoaRow("8.13", "Information backup", "Technological", "undecided", "", "", "", "", ""), undecided);
        var excluded = rows.Single(r => r.Id == "7.4");
        Assert.Equal(("no", "", ""), (excluded.Applicable, excluded.Reasons, excluded.Status));
        Assert.StartsWith("OutsideScope: No premises", excluded.ExclusionJustification, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_that_cannot_be_written_is_refused_by_name()
    {
        var isms = ReadyIsms.Create();
        using var readOnly = new MemoryStream([], writable: false);

        var error = Assert.Throws<ArgumentException>(() => SoaWorkbookWriter.Write(isms, isms.StatementOfApplicability!, readOnly));

        Assert.Equal("stream", error.ParamName);
    }
}
