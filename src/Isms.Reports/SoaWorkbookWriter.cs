using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Isms.Core;
using Isms.Core.Applicability;

namespace Isms.Reports;

/// <summary>
/// Writes a Statement of Applicability as an Excel workbook (Office Open XML, through Microsoft's Open XML SDK): one
/// row per Annex A control with id, title, theme, applicable, reasons, exclusion justification, status, applied
/// controls and evidence; a bold, frozen header row with filters; and an "About" sheet naming the organisation,
/// the SoA version and its approval. Opens in Excel, LibreOffice Calc and Google Sheets.
/// </summary>
/// <remarks>ISO/IEC 27001:2022 clause 6.1.3 d: the SoA contains the necessary controls, the justification for their
/// inclusion, whether they are implemented, and the justification for excluding any Annex A control.
/// The rows are <see cref="SoaRows.Of"/>'s, in the columns of <see cref="Header"/>. Stateless and thread-safe.</remarks>
public static class SoaWorkbookWriter
{
    /// <summary>The header row of the SoA sheet, in column order (the columns of <see cref="SoaRow"/>).</summary>
    public static ImmutableArray<string> Header { get; } =
        ["Id", "Title", "Theme", "Applicable", "Reasons for inclusion", "Justification for exclusion", "Implementation status", "Applied controls", "Evidence"];

    /// <summary>The media type of the workbook, for an HTTP <c>Content-Type</c>.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The name of the SoA sheet.</summary>
    public const string SheetName = "Statement of Applicability";

    private static readonly double[] Widths = [8, 48, 15, 11, 36, 48, 20, 22, 60];

    /// <summary>Writes the workbook of <paramref name="isms"/>'s Statement of Applicability to a stream.</summary>
    /// <param name="isms">The ISMS (its profile, people and applied controls fill the About sheet and two columns).</param>
    /// <param name="soa">The Statement of Applicability, usually <c>isms.StatementOfApplicability</c>.</param>
    /// <param name="stream">A writable stream; the workbook is written from its current position and the stream is left
    /// open. A stream that cannot seek and read (an HTTP response body) receives the workbook from a buffer.</param>
    /// <returns>The number of control rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    public static int Write(InformationSecurityManagementSystem isms, StatementOfApplicability soa, Stream stream)
    {
        Validate(isms, soa, stream);
        if (stream.CanSeek && stream.CanRead)
        {
            return WriteSeekable(isms, soa, stream);
        }

        using var buffer = new MemoryStream();
        var count = WriteSeekable(isms, soa, buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
        return count;
    }

    /// <summary>Writes the workbook to a stream asynchronously: it is built in memory (a few tens of kilobytes), then
    /// copied to <paramref name="stream"/> without blocking, so it suits an HTTP response body.</summary>
    /// <param name="isms">The ISMS (its profile, people and applied controls fill the About sheet and two columns).</param>
    /// <param name="soa">The Statement of Applicability, usually <c>isms.StatementOfApplicability</c>.</param>
    /// <param name="stream">A writable stream, left open.</param>
    /// <param name="cancellationToken">Cancels the copy to the stream.</param>
    /// <returns>The number of control rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteAsync(InformationSecurityManagementSystem isms, StatementOfApplicability soa, Stream stream, CancellationToken cancellationToken = default)
    {
        Validate(isms, soa, stream);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        var count = WriteSeekable(isms, soa, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static void Validate(InformationSecurityManagementSystem isms, StatementOfApplicability soa, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(isms);
        ArgumentNullException.ThrowIfNull(soa);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }
    }

    private static int WriteSeekable(InformationSecurityManagementSystem isms, StatementOfApplicability soa, Stream stream)
    {
        var rows = SoaRows.Of(isms, soa)
            .Select(r => (string[])[r.Id, r.Title, r.Theme, r.Applicable, r.Reasons, r.ExclusionJustification, r.Status, r.AppliedControls, r.Evidence])
            .ToList();

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());

        var soaSheet = workbookPart.AddNewPart<WorksheetPart>();
        soaSheet.Worksheet = SoaWorksheet(rows, strings);
        var aboutSheet = workbookPart.AddNewPart<WorksheetPart>();
        aboutSheet.Worksheet = AboutWorksheet(isms, soa, rows, strings);

        var lastCell = $"$I${rows.Count + 1}";
        workbookPart.Workbook.Append(
            new Sheets(
                new Sheet { Id = workbookPart.GetIdOfPart(soaSheet), SheetId = 1U, Name = SheetName },
                new Sheet { Id = workbookPart.GetIdOfPart(aboutSheet), SheetId = 2U, Name = "About" }),
            new DefinedNames(new DefinedName($"'{SheetName}'!$A$1:{lastCell}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true }));
        strings.Save();
        workbookPart.Workbook.Save();
        return rows.Count;
    }

    private static Worksheet SoaWorksheet(List<string[]> rows, SharedStrings strings)
    {
        var data = new SheetData();
        data.Append(Row(1, [.. Header], strings, style: 1));
        for (var i = 0; i < rows.Count; i++)
        {
            data.Append(Row((uint)(i + 2), rows[i], strings, style: 2));
        }

        var columns = new Columns(Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var view = new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U, TabSelected = true };
        return new Worksheet(
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            columns,
            data,
            new AutoFilter { Reference = $"A1:I{rows.Count + 1}" },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
    }

    private static Worksheet AboutWorksheet(InformationSecurityManagementSystem isms, StatementOfApplicability soa, List<string[]> rows, SharedStrings strings)
    {
        string Person(PersonId id) => isms.People.TryGet(id, out var p) ? p.Name : id.Value;
        var facts = new List<string[]>
        {
            new[] { "Statement of Applicability", isms.Profile.LegalName },
            new[] { "Standard", "ISO/IEC 27001:2022, clause 6.1.3 d" },
            new[] { "Catalog", soa.Catalog.Name },
            new[] { "Version", soa.Version?.Version ?? "draft (not approved)" },
            new[] { "Approved by", soa.Version is { } v ? Person(v.ApprovedBy) : string.Empty },
            new[] { "Approved on", soa.Version is { } w ? w.ApprovedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty },
            new[] { "Controls", rows.Count.ToString(CultureInfo.InvariantCulture) },
            new[] { "Applicable", rows.Count(r => r[3] == "yes").ToString(CultureInfo.InvariantCulture) },
            new[] { "Excluded", rows.Count(r => r[3] == "no").ToString(CultureInfo.InvariantCulture) },
            new[] { "Undecided", rows.Count(r => r[3] == "undecided").ToString(CultureInfo.InvariantCulture) },
        };
        var data = new SheetData();
        for (var i = 0; i < facts.Count; i++)
        {
            data.Append(Row((uint)(i + 1), facts[i], strings, style: 0, firstStyle: 1));
        }

        return new Worksheet(
            new Columns(new Column { Min = 1U, Max = 1U, Width = 28, CustomWidth = true }, new Column { Min = 2U, Max = 2U, Width = 60, CustomWidth = true }),
            data);
    }

    private static Row Row(uint index, string[] values, SharedStrings strings, uint style, uint? firstStyle = null)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + c)}{index}",
                DataType = CellValues.SharedString,
                CellValue = new CellValue(strings.IndexOf(values[c])),
                StyleIndex = c == 0 && firstStyle is { } f ? f : style,
            });
        }

        return row;
    }

    /// <summary>Fonts: 0 regular, 1 bold. Fills: 0 none, 1 gray125 (both required), 2 header grey. Cell formats:
    /// 0 default, 1 header (bold, grey, bottom border, wrapped), 2 body (top-aligned, wrapped).</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 1U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    /// <summary>The workbook's shared string table: each distinct text stored once.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _values = [];
        private int _references;

        public int IndexOf(string value)
        {
            value = XmlText.Clean(value);
            _references++;
            if (!_index.TryGetValue(value, out var i))
            {
                i = _values.Count;
                _values.Add(value);
                _index.Add(value, i);
            }

            return i;
        }

        public void Save()
        {
            part.SharedStringTable = new SharedStringTable(_values.Select(v => new SharedStringItem(new Text(v) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)_references,
                UniqueCount = (uint)_values.Count,
            };
        }
    }
}
