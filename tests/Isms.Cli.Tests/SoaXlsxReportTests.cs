using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Isms.Cli.Commands;
using Isms.Cli.SampleData;
using Isms.Reports;

namespace Isms.Cli.Tests;

/// <summary><c>isms soa --format xlsx|csv|md --out PATH</c>: the SoA an auditor receives, reopened and checked cell by cell.</summary>
public sealed class SoaXlsxReportTests
{
    [Fact]
    public void The_workbook_has_a_bold_frozen_filtered_header_and_one_row_per_Annex_A_control()
    {
        using var folder = new TempFolder();
        var path = folder.File("soa.xlsx");

        var result = CliRunner.InProcess("soa", "--format", "xlsx", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Wrote {path}", result.Out.Trim());
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var (sheet, cells) = Read(document, SoaWorkbookWriter.SheetName);
        Assert.Equal(SoaWorkbookWriter.Header, cells[0]);
        Assert.Equal(94, cells.Count);

        var headerStyle = sheet.Descendants<Row>().First().Elements<Cell>().First().StyleIndex!.Value;
        var format = (CellFormat)document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.ElementAt((int)headerStyle);
        var font = (Font)document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Equal("A1:I94", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public void Every_cell_holds_what_the_csv_report_holds_plus_the_theme()
    {
        using var folder = new TempFolder();
        var path = folder.File("soa.xlsx");
        CliRunner.InProcess("soa", "--format", "xlsx", "--out", path);
        var isms = SampleOrganisation.Create(CliRunner.Now.InUtc().Date);
        var expected = SoaVerb.Rows(isms, isms.StatementOfApplicability!).ToList();

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var (_, cells) = Read(document, SoaWorkbookWriter.SheetName);

        for (var i = 0; i < expected.Count; i++)
        {
            var row = cells[i + 1];
            Assert.Equal(expected[i][0..2], row[0..2]);
            Assert.Equal(expected[i][2..], row[3..]);
        }

        Assert.Equal(["5.1", "Policies for information security", "Organizational"], cells[1][0..3]);
        Assert.Equal("Technological", cells.Single(r => r[0] == "8.23")[2]);
        var excluded = cells.Skip(1).Where(r => r[3] == "no").ToList();
        Assert.NotEmpty(excluded);
        Assert.All(excluded, r => Assert.False(string.IsNullOrWhiteSpace(r[5]), $"{r[0]} is excluded without a justification"));
    }

    [Fact]
    public void The_workbook_is_valid_Office_Open_XML()
    {
        using var folder = new TempFolder();
        var path = folder.File("soa.xlsx");
        CliRunner.InProcess("soa", "--format", "xlsx", "--out", path);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var about = Read(document, "About").Cells;
        Assert.Contains(about, r => r[0] == "Statement of Applicability" && r[1] == "Helix Payments GmbH");
        Assert.Contains(about, r => r[0] == "Controls" && r[1] == "93");
    }

    [Fact]
    public void The_real_program_writes_the_workbook()
    {
        using var folder = new TempFolder();
        var path = folder.File("nested/soa.xlsx");

        var result = CliRunner.Process("soa", "--format", "xlsx", "--out", path);

        Assert.Equal(0, result.ExitCode);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Equal(94, Read(document, SoaWorkbookWriter.SheetName).Cells.Count);
    }

    [Fact]
    public void Xlsx_without_out_is_a_usage_error()
    {
        var result = CliRunner.InProcess("soa", "--format", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("csv", "id,title,applicable")]
    [InlineData("md", "# Statement of Applicability: Helix Payments GmbH")]
    public void Text_formats_go_to_the_out_file_instead_of_stdout(string format, string firstLine)
    {
        using var folder = new TempFolder();
        var path = folder.File("soa." + format);

        var result = CliRunner.InProcess("soa", "--format", format, "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Wrote {path}", result.Out.Trim());
        var text = File.ReadAllText(path);
        Assert.StartsWith(firstLine, text, StringComparison.Ordinal);
        Assert.Equal(CliRunner.InProcess("soa", "--format", format).Out, text);
    }

    [Fact]
    public void An_unwritable_out_path_is_one_line_on_stderr()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("file"), "x");

        var result = CliRunner.InProcess("soa", "--format", "xlsx", "--out", Path.Combine(folder.File("file"), "soa.xlsx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write", result.Error, StringComparison.Ordinal);
    }

    private static (Worksheet Sheet, List<string[]> Cells) Read(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var rows = worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>()
                .Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? c.InnerText)
                .ToArray())
            .ToList();
        return (worksheet, rows);
    }
}
