using System.Text.Json;
using NodaTime;

namespace Isms.Oscal;

/// <summary>
/// An OSCAL document read strictly by <see cref="OscalDocumentReader"/>: its header typed (model, uuid, metadata,
/// the documents it imports), every object indexed by its OSCAL definition, and the whole document kept as read, so
/// it writes back to JSON equal to its input.
/// </summary>
/// <remarks>
/// Writing (<see cref="WriteTo"/>, <see cref="ToUtf8Json"/>) keeps every member, its order and every number's text;
/// only the layout (indentation) and the escaping of strings follow the writer, as the exporter writes OSCAL. A byte
/// order mark of the input is not written.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class OscalDocument
{
    private static readonly IReadOnlyList<OscalElement> None = [];
    private readonly IReadOnlyDictionary<string, List<OscalElement>> _elements;
    private readonly JsonElement _root;

    internal OscalDocument(JsonElement root, OscalElement model, IReadOnlyDictionary<string, List<OscalElement>> elements, OscalDocumentHeader header)
    {
        _root = root;
        _elements = elements;
        Root = model;
        Model = header.Model;
        Uuid = header.Uuid;
        Title = header.Title;
        Version = header.Version;
        OscalVersion = header.OscalVersion;
        LastModified = header.LastModified;
        Imports = header.Imports;
    }

    /// <summary>The OSCAL model, as its root member names it (<see cref="OscalModels.SystemSecurityPlan"/>).</summary>
    public string Model { get; }

    /// <summary>The document's <c>uuid</c>.</summary>
    public Guid Uuid { get; }

    /// <summary>The metadata's <c>title</c> (markup, as written).</summary>
    public string Title { get; }

    /// <summary>The metadata's <c>version</c>: the document's own version.</summary>
    public string Version { get; }

    /// <summary>The metadata's <c>oscal-version</c>, without a leading <c>v</c> (<c>1.1.2</c>).</summary>
    public string OscalVersion { get; }

    /// <summary>The metadata's <c>last-modified</c>, with the offset it was written with.</summary>
    public OffsetDateTime LastModified { get; }

    /// <summary>
    /// The <c>href</c>s of the documents this one imports, in document order: a profile's <c>imports</c>, an SSP's
    /// <c>import-profile</c>, an assessment plan's or a POA&amp;M's <c>import-ssp</c>, assessment results'
    /// <c>import-ap</c>, a component definition's <c>import-component-definitions</c>. Empty for a catalog.
    /// </summary>
    public IReadOnlyList<string> Imports { get; }

    /// <summary>The model's object (the value of the root member <see cref="Model"/>).</summary>
    public OscalElement Root { get; }

    /// <summary>Every object checked against the OSCAL definition <paramref name="definition"/>, in document order.</summary>
    /// <param name="definition">An OSCAL definition's name: <c>implemented-requirement</c>, <c>finding</c>, <c>observation</c>, <c>poam-item</c>, <c>party</c>.</param>
    /// <returns>The objects; empty when the document has none (or the name is not an OSCAL definition).</returns>
    public IReadOnlyList<OscalElement> Elements(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return _elements.TryGetValue(definition, out var list) ? list : None;
    }

    /// <summary>How many objects of the OSCAL definition <paramref name="definition"/> the document holds.</summary>
    /// <param name="definition">An OSCAL definition's name (see <see cref="Elements"/>).</param>
    /// <returns>The count.</returns>
    public int Count(string definition) => Elements(definition).Count;

    /// <summary>Writes the document as read (see the remarks for what the writer decides).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _root.WriteTo(writer);
    }

    /// <summary>The document as UTF-8 JSON, written as <see cref="OscalExporter"/> writes OSCAL.</summary>
    /// <param name="indented">Whether to indent (the exporter's default), or write compact JSON.</param>
    /// <returns>The bytes.</returns>
    public byte[] ToUtf8Json(bool indented = true)
    {
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented }))
        {
            WriteTo(writer);
        }

        return output.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"OSCAL {Model} {Uuid:D} '{Title}' version {Version} (OSCAL {OscalVersion})";
}

/// <summary>The typed header of a read document, gathered by the reader.</summary>
internal sealed record OscalDocumentHeader(string Model, Guid Uuid, string Title, string Version, string OscalVersion, OffsetDateTime LastModified, IReadOnlyList<string> Imports);
