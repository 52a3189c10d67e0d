using System.Globalization;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Oscal.Crosswalks;

/// <summary>
/// Reads a crosswalk a user keeps as CSV: a header line, then one row per source and target control pair. The columns
/// are <c>source_id</c>, <c>target_id</c>, <c>relationship</c> and <c>rationale</c>, and optionally <c>strength</c>,
/// in any order (docs/crosswalks.md):
/// <code>
/// source_id,target_id,relationship,rationale,strength
/// 5.1,GV.PO-01,superset,"Policies approved by management, reviewed and communicated",8
/// </code>
/// </summary>
/// <remarks>
/// <para>The relationship is <c>equal</c>, <c>subset</c>, <c>superset</c>, <c>intersects</c> or <c>not-related</c> (as
/// <c>isms crosswalk</c> prints them), or the OSCAL token (<c>equal-to</c>, <c>equivalent-to</c>, <c>subset-of</c>,
/// <c>superset-of</c>, <c>intersects-with</c>, <c>no-relationship</c>); the rationale is required; the strength, when
/// given, a whole number from 1 to 10. Fields are trimmed; a field may be quoted (<c>"a, b"</c>) within its line. Empty
/// lines and lines starting with <c>#</c> are skipped. The target controls are those the rows name, in order.</para>
/// <para>Strict, within the limits of <see cref="IsmsDocumentOptions"/>, through the library's first pass for delimited
/// text (<see cref="StrictDelimitedInput"/>): a column the header does not know is <c>ISMS-DOC-020</c>, a required one
/// missing <c>ISMS-DOC-021</c>, a column named twice <c>ISMS-DOC-022</c>, a row with another number of fields
/// <c>ISMS-DOC-007</c>, an empty or invalid value <c>ISMS-DOC-024</c>, a pair given twice <c>ISMS-DOC-031</c>, a file
/// without rows <c>ISMS-DOC-021</c>; each with the line, the column's name and the byte position.</para>
/// <para>A CSV carries no metadata: the crosswalk's provenance names the file and its licence is "not stated".</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class CrosswalkCsvReader
{
    /// <summary>The columns a mapping CSV must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["source_id", "target_id", "relationship", "rationale"];

    /// <summary>The columns a mapping CSV may have besides the required ones.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["strength"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public CrosswalkCsvReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static CrosswalkCsvReader Default { get; } = new();

    /// <summary>Reads a mapping CSV.</summary>
    /// <param name="utf8Csv">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The input's display name for messages and the provenance (e.g. the file name), or null.</param>
    /// <returns>The crosswalk.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit or holds an invalid row (see the type's remarks).</exception>
    public Crosswalk Read(ReadOnlySpan<byte> utf8Csv, string? sourceName)
    {
        var input = StrictDelimitedInput.Open(utf8Csv, ',', quoted: true, sourceName, _options);
        Dictionary<string, int>? columns = null;
        string[] names = [];
        var entries = new List<CrosswalkEntry>();
        var targets = new List<ControlId>();
        var seenTargets = new HashSet<ControlId>();
        var pairs = new Dictionary<(ControlId, ControlId), int>();
        while (input.NextRow(out var row))
        {
            if (string.IsNullOrWhiteSpace(row.Text) || row.Text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (columns is null)
            {
                (columns, names) = Header(input, row);
                continue;
            }

            if (row.Count != names.Length)
            {
                throw input.Error(DocumentErrorCodes.MalformedRow, row.Line, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {row.Count} fields"),
                    string.Create(CultureInfo.InvariantCulture, $"{names.Length} fields, as the header: {string.Join(',', names)}"), null, null);
            }

            var cells = new Cells(input, row, columns);
            var source = cells.Id("source_id");
            var target = cells.Id("target_id");
            var relationship = cells.Relationship();
            var rationale = cells.Required("rationale", "why the two controls relate so, in a sentence");
            var strength = columns.ContainsKey("strength") ? cells.Strength() : null;
            if (!pairs.TryAdd((source, target), row.Line))
            {
                throw cells.Fail("target_id", DocumentErrorCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"the pair {DocumentErrorText.Quote(source.Value)} -> {DocumentErrorText.Quote(target.Value)} is mapped twice (first on line {pairs[(source, target)]})"),
                    "each source and target pair once", target.Value);
            }

            if (seenTargets.Add(target))
            {
                targets.Add(target);
            }

            entries.Add(new CrosswalkEntry(source, target, relationship, rationale) { Strength = strength });
        }

        if (entries.Count == 0)
        {
            throw input.Error(DocumentErrorCodes.MissingMember, 1, null, null, columns is null ? "the file holds no header and no rows" : "the file holds no rows",
                $"a header ({string.Join(',', RequiredColumns.Concat(OptionalColumns))}) and at least one row", null, null);
        }

        var named = !string.IsNullOrWhiteSpace(sourceName);
        var name = named ? "CSV mapping " + sourceName : "CSV mapping";
        return new Crosswalk(
            named ? "csv-mapping:" + sourceName : "csv-mapping",
            "the mapping's source controls",
            named ? sourceName! : "the mapping's target controls",
            targets,
            entries,
            string.Create(CultureInfo.InvariantCulture, $"{name}, {entries.Count} rows"),
            "not stated");
    }

    private static (Dictionary<string, int> Columns, string[] Names) Header(StrictDelimitedInput input, DelimitedRow header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            names[i] = name;
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
            {
                throw input.Error(DocumentErrorCodes.UnknownMember, header.Line, (i + 1).ToString(CultureInfo.InvariantCulture), header.PositionOf(i),
                    $"the header names an unknown column {DocumentErrorText.Quote(name)}", "one of " + string.Join(", ", RequiredColumns.Concat(OptionalColumns)), name, null);
            }

            if (!columns.TryAdd(name, i))
            {
                throw input.Error(DocumentErrorCodes.DuplicateMember, header.Line, name, header.PositionOf(i),
                    $"the header names the column {DocumentErrorText.Quote(name)} twice", "each column once", name, null);
            }
        }

        foreach (var required in RequiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                throw input.Error(DocumentErrorCodes.MissingMember, header.Line, null, null,
                    $"the header has no column '{required}'", $"the columns {string.Join(',', RequiredColumns)} (and optionally strength)", null, null);
            }
        }

        return (columns, names);
    }

    /// <summary>The fields of one row, by column name, and errors placed at them.</summary>
    private readonly struct Cells(StrictDelimitedInput input, DelimitedRow row, Dictionary<string, int> columns)
    {
        public IsmsDocumentException Fail(string column, string code, string problem, string? expected, string? value, Exception? inner = null) =>
            input.Error(code, row.Line, column, row.PositionOf(columns[column]), problem, expected, value, inner);

        public string Text(string column) => row[columns[column]].Trim();

        public string Required(string column, string what)
        {
            var text = Text(column);
            return text.Length > 0 ? text : throw Fail(column, DocumentErrorCodes.InvalidValue, $"the {column} is empty", what, text);
        }

        public ControlId Id(string column) => new(Required(column, "a control id, e.g. 5.1 or ac-2"));

        public CrosswalkRelationship Relationship() => Required("relationship", "a relationship") switch
        {
            "equal" or "equal-to" or "equivalent-to" => CrosswalkRelationship.Equal,
            "subset" or "subset-of" => CrosswalkRelationship.Subset,
            "superset" or "superset-of" => CrosswalkRelationship.Superset,
            "intersects" or "intersects-with" => CrosswalkRelationship.Intersects,
            "not-related" or "no-relationship" => CrosswalkRelationship.NotRelated,
            var other => throw Fail("relationship", DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(other)} is not a relationship",
                "equal, subset, superset, intersects or not-related (or the OSCAL equal-to, equivalent-to, subset-of, superset-of, intersects-with, no-relationship)", other),
        };

        public int? Strength()
        {
            var text = Text("strength");
            if (text.Length == 0)
            {
                return null;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 10
                ? value
                : throw Fail("strength", DocumentErrorCodes.InvalidValue, $"the strength {DocumentErrorText.Quote(text)} is not a whole number from 1 to 10", "1 (weak) to 10 (strong), or empty", text);
        }
    }
}
