using Ardalis.GuardClauses;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Catalogs;

/// <summary>
/// Reads catalogs and mappings from tab-separated text, the format the built-in ISO catalogs are stored in, so a
/// vendor can ship NIST CSF, SOC 2 or its own control set as a data file.
/// </summary>
/// <remarks>
/// <para>Catalog: a header line naming the columns, then one control per line. Required columns: <c>id</c>,
/// <c>theme</c>, <c>title</c>. Optional: <c>group</c>, <c>new_in_2022</c> (<c>true</c>/<c>false</c>) and the five
/// ISO/IEC 27002 attribute columns <c>control_type</c>, <c>properties</c>, <c>concepts</c>, <c>capabilities</c>,
/// <c>domains</c> (all five or none; values comma-separated, spelled as the standard's hashtags without <c>#</c>).</para>
/// <para>Mapping: the header <c>id_source</c>, <c>id_target</c> (any two column names), then one pair per line.</para>
/// <para>Empty lines and lines starting with <c>#</c> are skipped. Errors name the line, the column and the value.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ControlCatalogTsv
{
    private static readonly string[] AttributeColumns = ["control_type", "properties", "concepts", "capabilities", "domains"];

    /// <summary>Reads a catalog from tab-separated text.</summary>
    /// <param name="text">The text: header line, then one control per line.</param>
    /// <param name="id">The catalog's stable id.</param>
    /// <param name="name">The catalog's name.</param>
    /// <param name="source">Where the data came from.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.MalformedData"/>: a line that cannot be read.</exception>
    public static ControlCatalog ParseCatalog(string text, string id, string name, string source)
    {
        Guard.Against.Null(text);
        using var reader = new StringReader(text);
        return ReadCatalog(reader, id, name, source);
    }

    /// <summary>Reads a catalog from tab-separated text.</summary>
    /// <param name="reader">The text: header line, then one control per line.</param>
    /// <param name="id">The catalog's stable id.</param>
    /// <param name="name">The catalog's name.</param>
    /// <param name="source">Where the data came from.</param>
    /// <exception cref="IsmsException">
    /// <see cref="CatalogErrorCodes.MalformedData"/>: a missing column, a line with the wrong number of fields, an
    /// unknown attribute value or a duplicate id.
    /// </exception>
    public static ControlCatalog ReadCatalog(TextReader reader, string id, string name, string source)
    {
        Guard.Against.Null(reader);
        Guard.Against.NullOrWhiteSpace(id);
        var lines = ReadLines(reader);
        if (lines.Count == 0)
        {
            throw Malformed(id, 0, "the header line is missing");
        }

        var (headerLine, header) = lines[0];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i].Trim(), i))
            {
                throw Malformed(id, headerLine, $"the header names column '{header[i].Trim()}' twice");
            }
        }

        foreach (var required in new[] { "id", "theme", "title" })
        {
            if (!columns.ContainsKey(required))
            {
                throw Malformed(id, headerLine, $"the header has no '{required}' column");
            }
        }

        var attributeCount = AttributeColumns.Count(columns.ContainsKey);
        if (attributeCount is not 0 and not 5)
        {
            throw Malformed(id, headerLine, $"the header has {attributeCount} of the 5 attribute columns ({string.Join(", ", AttributeColumns)}); give all or none");
        }

        var controls = new List<CatalogControl>(lines.Count - 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, fields) in lines.Skip(1))
        {
            if (fields.Length != header.Length)
            {
                throw Malformed(id, number, $"{fields.Length} fields where the header has {header.Length}");
            }

            string Field(string column) => fields[columns[column]].Trim();
            string Required(string column)
            {
                var value = Field(column);
                return value.Length > 0 ? value : throw Malformed(id, number, $"column '{column}' is empty");
            }

            var controlId = Required("id");
            if (!seen.Add(controlId))
            {
                throw Malformed(id, number, $"column 'id': control '{controlId}' is listed twice");
            }

            var group = columns.ContainsKey("group") && Field("group").Length > 0 ? Field("group") : null;
            var isNew = false;
            if (columns.ContainsKey("new_in_2022"))
            {
                var text = Field("new_in_2022");
                isNew = text.Length == 0 ? false : bool.TryParse(text, out var parsed)
                    ? parsed
                    : throw Malformed(id, number, $"column 'new_in_2022': '{text}' is not true or false");
            }

            Iso27002Attributes? attributes = null;
            if (attributeCount == 5)
            {
                attributes = new Iso27002Attributes(
                    ParseFlags<ControlTypes>(Field("control_type"), Iso27002Hashtags.TryParse, id, number, "control_type"),
                    ParseFlags<InformationSecurityProperties>(Field("properties"), Iso27002Hashtags.TryParse, id, number, "properties"),
                    ParseFlags<CybersecurityConcepts>(Field("concepts"), Iso27002Hashtags.TryParse, id, number, "concepts"),
                    ParseFlags<OperationalCapabilities>(Field("capabilities"), Iso27002Hashtags.TryParse, id, number, "capabilities"),
                    ParseFlags<SecurityDomains>(Field("domains"), Iso27002Hashtags.TryParse, id, number, "domains"));
            }

            controls.Add(new CatalogControl(new ControlId(controlId), Required("theme"), Required("title"))
            {
                Group = group,
                Attributes = attributes,
                IsNewIn2022 = isNew,
            });
        }

        return new ControlCatalog(id, name, source, controls);
    }

    /// <summary>Reads a mapping between two catalogs from tab-separated text (header line, then source and target id per line).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="id">The mapping's stable id.</param>
    /// <param name="sourceCatalog">The catalog mapped from.</param>
    /// <param name="targetCatalog">The catalog mapped to.</param>
    /// <param name="provenance">Where the pairs came from.</param>
    /// <exception cref="IsmsException">
    /// <see cref="CatalogErrorCodes.MalformedData"/> for a line that is not two ids;
    /// <see cref="CatalogErrorCodes.MappingToUnknownControl"/> or <see cref="CatalogErrorCodes.DuplicateMappingPair"/>.
    /// </exception>
    public static ControlCatalogMapping ReadMapping(TextReader reader, string id, ControlCatalog sourceCatalog, ControlCatalog targetCatalog, string provenance)
    {
        Guard.Against.Null(reader);
        Guard.Against.NullOrWhiteSpace(id);
        var lines = ReadLines(reader);
        if (lines.Count == 0 || lines[0].Fields.Length != 2)
        {
            throw Malformed(id, lines.Count == 0 ? 0 : lines[0].Number, "the header must name two columns: source id and target id");
        }

        var pairs = new List<ControlMappingPair>(lines.Count - 1);
        foreach (var (number, fields) in lines.Skip(1))
        {
            if (fields.Length != 2 || fields.Any(f => f.Trim().Length == 0))
            {
                throw Malformed(id, number, $"expected two ids separated by a tab, found '{string.Join("\\t", fields)}'");
            }

            pairs.Add(new ControlMappingPair(new ControlId(fields[0].Trim()), new ControlId(fields[1].Trim())));
        }

        return new ControlCatalogMapping(id, sourceCatalog, targetCatalog, provenance, pairs);
    }

    private delegate bool TryParseOne<T>(string? text, out T value);

    private static T ParseFlags<T>(string text, TryParseOne<T> tryParse, string catalog, int line, string column)
        where T : struct, Enum
    {
        var bits = 0;
        foreach (var token in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!tryParse(token, out var value))
            {
                throw Malformed(catalog, line, $"column '{column}': '{token}' is not an ISO/IEC 27002 {column} value");
            }

            bits |= Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (bits == 0)
        {
            throw Malformed(catalog, line, $"column '{column}' is empty");
        }

        return (T)Enum.ToObject(typeof(T), bits);
    }

    private static List<(int Number, string[] Fields)> ReadLines(TextReader reader)
    {
        var lines = new List<(int, string[])>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            lines.Add((number, line.Split('\t')));
        }

        return lines;
    }

    private static IsmsException Malformed(string catalog, int line, string what) =>
        new(CatalogErrorCodes.MalformedData, $"Catalog data '{catalog}', line {line}: {what}.");
}
