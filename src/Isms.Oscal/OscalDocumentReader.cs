using System.Text.Json;
using Isms.Oscal.Reading;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Oscal;

/// <summary>
/// Reads any OSCAL 1.x document of the models a system's security work exchanges (system security plan, assessment
/// plan, assessment results, plan of action and milestones, component definition; catalogs and profiles too) strictly
/// against the OSCAL model, into an <see cref="OscalDocument"/> that writes back equal to its input. NIST's example
/// documents round-trip through it.
/// </summary>
/// <remarks>
/// <para>Strict, within the limits of <see cref="IsmsDocumentOptions"/>, like <see cref="OscalCatalogReader"/>: every
/// object of the document is checked against its OSCAL definition (the member table follows NIST's OSCAL JSON schemas):
/// an unknown member is <c>ISMS-DOC-020</c>, a missing required one <c>ISMS-DOC-021</c>, a repeated one
/// <c>ISMS-DOC-022</c>, a wrong JSON type <c>ISMS-DOC-023</c>, an empty array or required string, or a value outside
/// a closed OSCAL value list <c>ISMS-DOC-024</c>, two objects of one definition with the same uuid <c>ISMS-DOC-031</c>;
/// a value that is not of its OSCAL data type (uuid, token, date-time with offset, date, uri, string, integer, base64,
/// email) <see cref="OscalErrorCodes.InvalidDatatype"/>; another model than the one asked for
/// <see cref="OscalErrorCodes.WrongModel"/>; an OSCAL version other than 1.x <see cref="OscalErrorCodes.UnsupportedVersion"/>.
/// Every error carries the JSON path, the line and the position.</para>
/// <para>Nothing is dropped: the document is kept as read (a typed header, every object indexed by its definition),
/// so a tool can read a vendor's SSP, look at its implemented requirements and pass it on unchanged. docs/oscal.md says
/// why this reader keeps the JSON rather than mapping each of OSCAL's definitions to its own class.</para>
/// <para>Mapping collections have their own reader (<see cref="Crosswalks.OscalMappingReader"/>).</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class OscalDocumentReader
{
    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public OscalDocumentReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static OscalDocumentReader Default { get; } = new();

    /// <summary>The models this reader reads, by their root names (<see cref="OscalModels"/>; not the mapping collection).</summary>
    public static IReadOnlyCollection<string> Models => OscalDefinitions.Roots.Keys;

    /// <summary>Reads an OSCAL document.</summary>
    /// <param name="utf8Json">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name), or null.</param>
    /// <param name="model">The model the document must be (<see cref="OscalModels.SystemSecurityPlan"/>), or null for any of <see cref="Models"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="model"/> is not one of <see cref="Models"/>.</exception>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit or is not a valid OSCAL 1.x document of the model (see the type's remarks).</exception>
    public OscalDocument Read(ReadOnlySpan<byte> utf8Json, string? sourceName, string? model)
    {
        Check(model);
        using var input = StrictJsonInput.Open(utf8Json, sourceName, _options);
        return Walk(input, model);
    }

    /// <summary>Reads an OSCAL document from a stream (read to its end, within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <param name="model">The model the document must be, or null for any of <see cref="Models"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="model"/> is not one of <see cref="Models"/>.</exception>
    /// <exception cref="IsmsDocumentException">The input is malformed, too large or not a valid OSCAL 1.x document of the model.</exception>
    public OscalDocument Read(Stream utf8Json, string? sourceName, string? model)
    {
        Check(model);
        using var input = StrictJsonInput.Open(utf8Json, sourceName, _options);
        return Walk(input, model);
    }

    /// <summary>Reads an OSCAL document from text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <param name="model">The model the document must be, or null for any of <see cref="Models"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="model"/> is not one of <see cref="Models"/>.</exception>
    /// <exception cref="IsmsDocumentException">The text is malformed, breaks a limit or is not a valid OSCAL 1.x document of the model.</exception>
    public OscalDocument Parse(string json, string? sourceName, string? model)
    {
        Check(model);
        using var input = StrictJsonInput.Parse(json, sourceName, _options);
        return Walk(input, model);
    }

    private static void Check(string? model)
    {
        if (model is not null && !OscalDefinitions.Roots.ContainsKey(model))
        {
            throw new ArgumentException($"'{model}' is not an OSCAL model this reader reads: one of {string.Join(", ", OscalDefinitions.Roots.Keys)}.", nameof(model));
        }
    }

    private static OscalDocument Walk(StrictJsonInput input, string? model)
    {
        // The clone outlives the input's buffers, so the document and its elements stay valid after the read.
        var root = input.Root.Clone();
        var walker = new OscalWalker(input);
        model ??= Detect(walker, root);
        var top = walker.Root(root, model);
        var walk = new OscalDocumentWalk(walker);
        var members = walk.Object(top, OscalDefinitions.Roots[model]);
        var metadata = walker.Object(members["metadata"].Value, members["metadata"].Path, "the metadata", OscalDefinitions.ByKey["metadata:metadata"].MemberNames);
        var oscalVersion = metadata["oscal-version"];
        var oscal = walker.String(oscalVersion, "the oscal-version");
        if (!OscalCatalogReader.IsVersion1(oscal))
        {
            throw walker.Fail(oscalVersion.Path, OscalErrorCodes.UnsupportedVersion, $"the OSCAL version {DocumentErrorText.Quote(oscal)} is not supported", "an OSCAL 1.x version, e.g. 1.1.2", oscal);
        }

        var header = new OscalDocumentHeader(
            model,
            walker.Uuid(members["uuid"], "the document's uuid"),
            walker.String(metadata["title"], "the title", mayBeEmpty: true),
            walker.String(metadata["version"], "the version"),
            oscal.TrimStart('v'),
            walk.DateTime(metadata["last-modified"], "last-modified"),
            Imports(members));
        return new OscalDocument(root, walk.Elements[OscalDefinitions.Roots[model].Name][0], walk.Elements, header);
    }

    /// <summary>The model the root holds: its first member that names one this reader reads.</summary>
    private static string Detect(OscalWalker walker, JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (OscalDefinitions.Roots.ContainsKey(property.Name))
                {
                    return property.Name;
                }
            }
        }

        throw walker.Fail("$", OscalErrorCodes.WrongModel, "the root holds no OSCAL model this reader reads", "one of " + string.Join(", ", OscalDefinitions.Roots.Keys));
    }

    /// <summary>The hrefs of <c>imports</c> and of every <c>import-*</c> member, in document order (already checked by the walk).</summary>
    private static List<string> Imports(Dictionary<string, Member> members)
    {
        var hrefs = new List<string>();
        foreach (var (name, member) in members)
        {
            if (name != "imports" && !name.StartsWith("import-", StringComparison.Ordinal))
            {
                continue;
            }

            var items = member.Value.ValueKind == JsonValueKind.Array ? member.Value.EnumerateArray().ToList() : [member.Value];
            hrefs.AddRange(items.Select(i => i.GetProperty("href").GetString()!));
        }

        return hrefs;
    }
}
