using System.Collections.Immutable;
using System.Globalization;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;
using Isms.Serialization.Formats;
using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>
/// Reads control catalogs, catalog mappings and control lists from tab-separated text, the form spreadsheets export,
/// so a vendor can ship NIST CSF, SOC 2 or its own control set as a data file.
/// </summary>
/// <remarks>
/// <para>Catalog: a header line naming the columns, then one control per line. Required columns: <c>id</c>,
/// <c>theme</c>, <c>title</c>. Optional: <c>group</c>, <c>new_in_2022</c> (<c>true</c>/<c>false</c>) and the five
/// ISO/IEC 27002 attribute columns <c>control_type</c>, <c>properties</c>, <c>concepts</c>, <c>capabilities</c>,
/// <c>domains</c> (all five or none; values comma-separated, spelled as the standard's hashtags with or without
/// <c>#</c>). Other columns are ignored. Column names ignore case; fields are trimmed.</para>
/// <para>Mapping: a header naming two columns (source id, target id), then one pair per line.</para>
/// <para>Control list (<see cref="ReadControlList(ReadOnlySpan{byte}, ControlCatalog)"/>): one id per line in the first
/// tab-separated column, as people keep them (<c>A.12.6.1</c>, <c>12.6.1</c>, <c>a 12.6.1</c>); an optional first line
/// starting with <c>id</c> is a header.</para>
/// <para>Empty lines and lines starting with <c>#</c> are skipped. Strict, within the limits of
/// <see cref="IsmsDocumentOptions"/>: invalid UTF-8 is refused (a byte order mark is honoured), and every problem is an
/// <see cref="IsmsDocumentException"/> naming the line, the column and the value: <c>ISMS-DOC-007</c> (wrong number of
/// fields), <c>ISMS-DOC-021</c> (a required column or value missing), <c>ISMS-DOC-022</c> (a column named twice),
/// <c>ISMS-DOC-024</c> (an invalid value), <c>ISMS-DOC-030</c> (an id the catalog does not hold), <c>ISMS-DOC-031</c>
/// (an id or pair listed twice).</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class ControlCatalogTsvReader
{
    private static readonly string[] AttributeColumns = ["control_type", "properties", "concepts", "capabilities", "domains"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public ControlCatalogTsvReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static ControlCatalogTsvReader Default { get; } = new();

    /// <summary>Reads a catalog.</summary>
    /// <param name="tsv">The bytes: header line, then one control per line.</param>
    /// <param name="catalogId">The catalog's stable id.</param>
    /// <param name="catalogName">The catalog's name.</param>
    /// <param name="provenance">Where the data came from (the catalog's <see cref="ControlCatalog.Source"/>).</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="IsmsDocumentException">A line cannot be read (see the type's remarks).</exception>
    public ControlCatalog ReadCatalog(ReadOnlySpan<byte> tsv, string catalogId, string catalogName, string provenance) =>
        ReadCatalog(tsv, catalogId, catalogName, provenance, null);

    /// <summary>Reads a catalog.</summary>
    /// <param name="tsv">The bytes: header line, then one control per line.</param>
    /// <param name="catalogId">The catalog's stable id.</param>
    /// <param name="catalogName">The catalog's name.</param>
    /// <param name="provenance">Where the data came from (the catalog's <see cref="ControlCatalog.Source"/>).</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="IsmsDocumentException">A line cannot be read (see the type's remarks).</exception>
    public ControlCatalog ReadCatalog(ReadOnlySpan<byte> tsv, string catalogId, string catalogName, string provenance, string? sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogName);
        ArgumentException.ThrowIfNullOrWhiteSpace(provenance);
        var text = DelimitedText.Open(tsv, '\t', quoted: false, sourceName, _options);
        if (!NextRow(text, out var header))
        {
            throw new IsmsDocumentException(DocumentErrorCodes.MissingMember, TextInput.At(TextKind.Delimited, sourceName, null, null),
                "the header line is missing", "a header naming the columns id, theme, title", null, null);
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i].Trim();
            if (column.Length > 0 && !columns.TryAdd(column, i))
            {
                throw text.Error(DocumentErrorCodes.DuplicateMember, header.Line, Number(i), header.PositionOf(i),
                    $"the header names the column {DocumentErrorText.Quote(column)} twice (columns {columns[column] + 1} and {i + 1})", "each column once", column);
            }
        }

        foreach (var required in new[] { "id", "theme", "title" })
        {
            if (!columns.ContainsKey(required))
            {
                throw text.Error(DocumentErrorCodes.MissingMember, header.Line, null, null, $"the header has no column '{required}'", "the columns id, theme and title", null);
            }
        }

        var attributeCount = AttributeColumns.Count(columns.ContainsKey);
        if (attributeCount is not 0 and not 5)
        {
            throw text.Error(DocumentErrorCodes.MissingMember, header.Line, null, null,
                $"the header has {attributeCount} of the 5 attribute columns; missing {string.Join(", ", AttributeColumns.Where(c => !columns.ContainsKey(c)))}",
                $"all of {string.Join(", ", AttributeColumns)}, or none", null);
        }

        var controls = new List<CatalogControl>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (NextRow(text, out var row))
        {
            if (row.Count != header.Count)
            {
                throw text.Error(DocumentErrorCodes.MalformedRow, row.Line, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the line has {row.Count} fields"), string.Create(CultureInfo.InvariantCulture, $"{header.Count} fields, as the header names"), null);
            }

            string Field(string column) => row[columns[column]].Trim();
            IsmsDocumentException Error(string column, string code, string problem, string? expected, string? value, Exception? inner = null) =>
                text.Error(code, row.Line, column, row.PositionOf(columns[column]), problem, expected, value, inner);
            string Required(string column)
            {
                var value = Field(column);
                return value.Length > 0 ? value : throw Error(column, DocumentErrorCodes.MissingMember, $"the {column} is empty", $"a {column}", null);
            }

            var controlId = Required("id");
            if (!seen.TryAdd(controlId, row.Line))
            {
                throw Error("id", DocumentErrorCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"the control {DocumentErrorText.Quote(controlId)} is listed twice (first on line {seen[controlId]})"), "each id once", controlId);
            }

            var theme = Required("theme");
            var title = Required("title");
            var group = columns.ContainsKey("group") && Field("group") is { Length: > 0 } g ? g : null;
            var isNew = false;
            if (columns.ContainsKey("new_in_2022") && Field("new_in_2022") is { Length: > 0 } flag && !bool.TryParse(flag, out isNew))
            {
                throw Error("new_in_2022", DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(flag)} is not true or false", "true, false or empty", flag);
            }

            Iso27002Attributes? attributes = null;
            if (attributeCount == 5)
            {
                T Flags<T>(string column, TryParseOne<T> tryParse)
                    where T : struct, Enum
                {
                    var bits = 0;
                    foreach (var token in Field(column).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!tryParse(token, out var value))
                        {
                            throw Error(column, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(token)} is not an ISO/IEC 27002 {column} value", $"the standard's {column} hashtags, comma-separated", token);
                        }

                        bits |= Convert.ToInt32(value, CultureInfo.InvariantCulture);
                    }

                    return bits != 0 ? (T)Enum.ToObject(typeof(T), bits) : throw Error(column, DocumentErrorCodes.MissingMember, $"the {column} is empty", $"at least one {column} value", null);
                }

                var types = Flags<ControlTypes>("control_type", Iso27002Hashtags.TryParse);
                var properties = Flags<InformationSecurityProperties>("properties", Iso27002Hashtags.TryParse);
                var concepts = Flags<CybersecurityConcepts>("concepts", Iso27002Hashtags.TryParse);
                var capabilities = Flags<OperationalCapabilities>("capabilities", Iso27002Hashtags.TryParse);
                var domains = Flags<SecurityDomains>("domains", Iso27002Hashtags.TryParse);
                attributes = Modelled(text, row, () => new Iso27002Attributes(types, properties, concepts, capabilities, domains));
            }

            var id = ControlIdAt(text, row, columns["id"], "id", controlId);
            controls.Add(Modelled(text, row, () => new CatalogControl(id, theme, title) { Group = group, Attributes = attributes, IsNewIn2022 = isNew }));
        }

        try
        {
            return new ControlCatalog(catalogId, catalogName, provenance, controls);
        }
        catch (Exception ex) when (ex is IsmsException or ArgumentException)
        {
            var problem = ReadProblem.BrokenRule(ex);
            throw new IsmsDocumentException(problem.Code, TextInput.At(TextKind.Delimited, sourceName, null, null), problem.Text, problem.Expected, null, problem.Inner);
        }
    }

    /// <summary>Reads a catalog from a stream (read to its end, within the size limit).</summary>
    /// <param name="tsv">The stream: header line, then one control per line.</param>
    /// <param name="catalogId">The catalog's stable id.</param>
    /// <param name="catalogName">The catalog's name.</param>
    /// <param name="provenance">Where the data came from.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="IsmsDocumentException">A line cannot be read, or the input is too large.</exception>
    public ControlCatalog ReadCatalog(Stream tsv, string catalogId, string catalogName, string provenance) =>
        ReadCatalog(tsv, catalogId, catalogName, provenance, null);

    /// <summary>Reads a catalog from a stream (read to its end, within the size limit).</summary>
    /// <param name="tsv">The stream: header line, then one control per line.</param>
    /// <param name="catalogId">The catalog's stable id.</param>
    /// <param name="catalogName">The catalog's name.</param>
    /// <param name="provenance">Where the data came from.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="IsmsDocumentException">A line cannot be read, or the input is too large.</exception>
    public ControlCatalog ReadCatalog(Stream tsv, string catalogId, string catalogName, string provenance, string? sourceName) =>
        TextInput.Read(tsv, _options.MaxDocumentBytes, TextKind.Delimited, sourceName, bytes => ReadCatalog(bytes, catalogId, catalogName, provenance, sourceName));

    /// <summary>Reads a catalog from text.</summary>
    /// <param name="tsv">The text: header line, then one control per line.</param>
    /// <param name="catalogId">The catalog's stable id.</param>
    /// <param name="catalogName">The catalog's name.</param>
    /// <param name="provenance">Where the data came from.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="IsmsDocumentException">A line cannot be read.</exception>
    public ControlCatalog ParseCatalog(string tsv, string catalogId, string catalogName, string provenance) =>
        ParseCatalog(tsv, catalogId, catalogName, provenance, null);

    /// <summary>Reads a catalog from text.</summary>
    /// <param name="tsv">The text: header line, then one control per line.</param>
    /// <param name="catalogId">The catalog's stable id.</param>
    /// <param name="catalogName">The catalog's name.</param>
    /// <param name="provenance">Where the data came from.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="IsmsDocumentException">A line cannot be read.</exception>
    public ControlCatalog ParseCatalog(string tsv, string catalogId, string catalogName, string provenance, string? sourceName) =>
        ReadCatalog(TextInput.FromString(tsv, TextKind.Delimited, sourceName), catalogId, catalogName, provenance, sourceName);

    /// <summary>Reads a mapping between two catalogs (header line, then a source id and a target id per line).</summary>
    /// <param name="tsv">The bytes.</param>
    /// <param name="mappingId">The mapping's stable id.</param>
    /// <param name="sourceCatalog">The catalog mapped from (first column).</param>
    /// <param name="targetCatalog">The catalog mapped to (second column).</param>
    /// <param name="provenance">Where the pairs came from.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IsmsDocumentException">A line is not two ids, an id is in neither catalog (<c>ISMS-DOC-030</c>), or a pair is listed twice (<c>ISMS-DOC-031</c>).</exception>
    public ControlCatalogMapping ReadMapping(ReadOnlySpan<byte> tsv, string mappingId, ControlCatalog sourceCatalog, ControlCatalog targetCatalog, string provenance) =>
        ReadMapping(tsv, mappingId, sourceCatalog, targetCatalog, provenance, null);

    /// <summary>Reads a mapping between two catalogs (header line, then a source id and a target id per line).</summary>
    /// <param name="tsv">The bytes.</param>
    /// <param name="mappingId">The mapping's stable id.</param>
    /// <param name="sourceCatalog">The catalog mapped from (first column).</param>
    /// <param name="targetCatalog">The catalog mapped to (second column).</param>
    /// <param name="provenance">Where the pairs came from.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IsmsDocumentException">A line is not two ids, an id is in neither catalog (<c>ISMS-DOC-030</c>), or a pair is listed twice (<c>ISMS-DOC-031</c>).</exception>
    public ControlCatalogMapping ReadMapping(ReadOnlySpan<byte> tsv, string mappingId, ControlCatalog sourceCatalog, ControlCatalog targetCatalog, string provenance, string? sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mappingId);
        ArgumentNullException.ThrowIfNull(sourceCatalog);
        ArgumentNullException.ThrowIfNull(targetCatalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(provenance);
        var text = DelimitedText.Open(tsv, '\t', quoted: false, sourceName, _options);
        if (!NextRow(text, out var header))
        {
            throw new IsmsDocumentException(DocumentErrorCodes.MissingMember, TextInput.At(TextKind.Delimited, sourceName, null, null),
                "the header line is missing", "a header naming two columns: source id and target id", null, null);
        }

        if (header.Count != 2)
        {
            throw text.Error(DocumentErrorCodes.MalformedRow, header.Line, null, null,
                string.Create(CultureInfo.InvariantCulture, $"the header names {header.Count} columns"), "two columns: source id and target id", null);
        }

        var names = new[] { Name(header, 0), Name(header, 1) };
        var pairs = new List<ControlMappingPair>();
        var seen = new Dictionary<ControlMappingPair, int>();
        while (NextRow(text, out var row))
        {
            if (row.Count != 2)
            {
                throw text.Error(DocumentErrorCodes.MalformedRow, row.Line, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the line has {row.Count} fields"), "two ids separated by a tab", null);
            }

            var ids = new ControlId[2];
            for (var i = 0; i < 2; i++)
            {
                var value = row[i].Trim();
                if (value.Length == 0)
                {
                    throw text.Error(DocumentErrorCodes.MissingMember, row.Line, names[i], row.PositionOf(i), $"the {names[i]} is empty", "a control id", null);
                }

                ids[i] = ControlIdAt(text, row, i, names[i], value);
                var catalog = i == 0 ? sourceCatalog : targetCatalog;
                if (!catalog.Contains(ids[i]))
                {
                    throw text.Error(DocumentErrorCodes.DanglingReference, row.Line, names[i], row.PositionOf(i),
                        $"{DocumentErrorText.Quote(value)} is not a control of {DocumentErrorText.Quote(catalog.Name)}", $"an id of {catalog.Id}", value);
                }
            }

            var pair = new ControlMappingPair(ids[0], ids[1]);
            if (!seen.TryAdd(pair, row.Line))
            {
                throw text.Error(DocumentErrorCodes.DuplicateId, row.Line, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the pair {DocumentErrorText.Quote(ids[0].Value)} -> {DocumentErrorText.Quote(ids[1].Value)} is listed twice (first on line {seen[pair]})"), "each pair once", null);
            }

            pairs.Add(pair);
        }

        try
        {
            return new ControlCatalogMapping(mappingId, sourceCatalog, targetCatalog, provenance, pairs);
        }
        catch (Exception ex) when (ex is IsmsException or ArgumentException)
        {
            var problem = ReadProblem.BrokenRule(ex);
            throw new IsmsDocumentException(problem.Code, TextInput.At(TextKind.Delimited, sourceName, null, null), problem.Text, problem.Expected, null, problem.Inner);
        }
    }

    /// <summary>Reads a mapping between two catalogs from a stream (read to its end, within the size limit).</summary>
    /// <param name="tsv">The stream.</param>
    /// <param name="mappingId">The mapping's stable id.</param>
    /// <param name="sourceCatalog">The catalog mapped from.</param>
    /// <param name="targetCatalog">The catalog mapped to.</param>
    /// <param name="provenance">Where the pairs came from.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IsmsDocumentException">As <see cref="ReadMapping(ReadOnlySpan{byte}, string, ControlCatalog, ControlCatalog, string)"/>, or the input is too large.</exception>
    public ControlCatalogMapping ReadMapping(Stream tsv, string mappingId, ControlCatalog sourceCatalog, ControlCatalog targetCatalog, string provenance) =>
        ReadMapping(tsv, mappingId, sourceCatalog, targetCatalog, provenance, null);

    /// <summary>Reads a mapping between two catalogs from a stream (read to its end, within the size limit).</summary>
    /// <param name="tsv">The stream.</param>
    /// <param name="mappingId">The mapping's stable id.</param>
    /// <param name="sourceCatalog">The catalog mapped from.</param>
    /// <param name="targetCatalog">The catalog mapped to.</param>
    /// <param name="provenance">Where the pairs came from.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IsmsDocumentException">As <see cref="ReadMapping(ReadOnlySpan{byte}, string, ControlCatalog, ControlCatalog, string)"/>, or the input is too large.</exception>
    public ControlCatalogMapping ReadMapping(Stream tsv, string mappingId, ControlCatalog sourceCatalog, ControlCatalog targetCatalog, string provenance, string? sourceName) =>
        TextInput.Read(tsv, _options.MaxDocumentBytes, TextKind.Delimited, sourceName, bytes => ReadMapping(bytes, mappingId, sourceCatalog, targetCatalog, provenance, sourceName));

    /// <summary>
    /// Reads a list of controls of <paramref name="catalog"/>, one id per line in the first tab-separated column (e.g.
    /// the 2013 controls an organisation had applicable), ids written as people write them (see the type's remarks).
    /// </summary>
    /// <param name="text">The bytes.</param>
    /// <param name="catalog">The catalog the ids must belong to.</param>
    /// <returns>The ids as the catalog spells them, in the order of the lines.</returns>
    /// <exception cref="IsmsDocumentException">An id that is not a control of the catalog (<c>ISMS-DOC-030</c>), or the input is not valid text.</exception>
    public ImmutableArray<ControlId> ReadControlList(ReadOnlySpan<byte> text, ControlCatalog catalog) => ReadControlList(text, catalog, null);

    /// <summary>
    /// Reads a list of controls of <paramref name="catalog"/>, one id per line in the first tab-separated column, ids
    /// written as people write them (see the type's remarks).
    /// </summary>
    /// <param name="text">The bytes.</param>
    /// <param name="catalog">The catalog the ids must belong to.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The ids as the catalog spells them, in the order of the lines.</returns>
    /// <exception cref="IsmsDocumentException">An id that is not a control of the catalog (<c>ISMS-DOC-030</c>), or the input is not valid text.</exception>
    public ImmutableArray<ControlId> ReadControlList(ReadOnlySpan<byte> text, ControlCatalog catalog, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var input = DelimitedText.Open(text, '\t', quoted: false, sourceName, _options);
        var ids = ImmutableArray.CreateBuilder<ControlId>();
        while (input.NextLine(out var number, out var line))
        {
            var first = line.AsSpan();
            var tab = first.IndexOf('\t');
            var value = (tab < 0 ? first : first[..tab]).Trim().ToString();
            if (value.Length == 0 || value.StartsWith('#') || (number == 1 && value.StartsWith("id", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            ids.Add(Find(catalog, value) ?? throw input.Error(DocumentErrorCodes.DanglingReference, number, "1", 1,
                $"{DocumentErrorText.Quote(value)} is not a control of {DocumentErrorText.Quote(catalog.Name)}", $"an id of {catalog.Id}", value));
        }

        return ids.ToImmutable();
    }

    /// <summary>Reads a list of controls of <paramref name="catalog"/> from a stream (read to its end, within the size limit).</summary>
    /// <param name="text">The stream.</param>
    /// <param name="catalog">The catalog the ids must belong to.</param>
    /// <returns>The ids as the catalog spells them, in the order of the lines.</returns>
    /// <exception cref="IsmsDocumentException">As <see cref="ReadControlList(ReadOnlySpan{byte}, ControlCatalog)"/>, or the input is too large.</exception>
    public ImmutableArray<ControlId> ReadControlList(Stream text, ControlCatalog catalog) => ReadControlList(text, catalog, null);

    /// <summary>Reads a list of controls of <paramref name="catalog"/> from a stream (read to its end, within the size limit).</summary>
    /// <param name="text">The stream.</param>
    /// <param name="catalog">The catalog the ids must belong to.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The ids as the catalog spells them, in the order of the lines.</returns>
    /// <exception cref="IsmsDocumentException">As <see cref="ReadControlList(ReadOnlySpan{byte}, ControlCatalog)"/>, or the input is too large.</exception>
    public ImmutableArray<ControlId> ReadControlList(Stream text, ControlCatalog catalog, string? sourceName) =>
        TextInput.Read(text, _options.MaxDocumentBytes, TextKind.Delimited, sourceName, bytes => ReadControlList(bytes, catalog, sourceName));

    /// <summary>The control an id names as people write it: exactly, or with its <c>A.</c> prefix added or removed.</summary>
    private static ControlId? Find(ControlCatalog catalog, string text)
    {
        var bare = text.StartsWith("A.", StringComparison.OrdinalIgnoreCase) || text.StartsWith("A ", StringComparison.OrdinalIgnoreCase) ? text[2..].Trim() : text;
        foreach (var candidate in new[] { text, bare, "A." + bare })
        {
            if (ReadProblem.IdFlaw(candidate) is null && catalog.TryGet(new ControlId(candidate), out var control))
            {
                return control.Id;
            }
        }

        return null;
    }

    /// <summary>The next line that is neither blank nor a <c>#</c> comment, split at tabs.</summary>
    private static bool NextRow(DelimitedText text, out DelimitedText.Fields row)
    {
        while (text.NextLine(out var number, out var line))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            row = text.Split(number, line);
            return true;
        }

        row = null!;
        return false;
    }

    private static string Name(DelimitedText.Fields header, int index) =>
        header[index].Trim() is { Length: > 0 } name ? name : Number(index);

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static ControlId ControlIdAt(DelimitedText text, DelimitedText.Fields row, int index, string column, string value) =>
        ReadProblem.Modelled(index, (_, problem) => text.Error(problem.Code, row.Line, column, row.PositionOf(index), problem.Text, problem.Expected, problem.Value ?? value, problem.Inner), () => new ControlId(value), value);

    private static T Modelled<T>(DelimitedText text, DelimitedText.Fields row, Func<T> create) =>
        ReadProblem.Modelled(row.Line, (line, problem) => text.Error(problem.Code, line, null, null, problem.Text, problem.Expected, problem.Value, problem.Inner), create);

    private delegate bool TryParseOne<T>(string? text, out T value);
}
