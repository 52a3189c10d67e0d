using System.Text.Json;
using Isms.Core.Catalogs;
using Isms.Oscal.Reading;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Oscal.Crosswalks;

/// <summary>
/// Reads an OSCAL mapping collection (the control mapping model: 1.0.3 as staged, and 1.2's, whose relationship may be a
/// plain token) into a <see cref="Crosswalk"/>, so a crosswalk a vendor or NIST publishes can be used for coverage.
/// </summary>
/// <remarks>
/// <para>Each map of <c>relationship</c> <c>equal-to</c> or <c>equivalent-to</c>, <c>subset-of</c>, <c>superset-of</c>,
/// <c>intersects-with</c> or <c>no-relationship</c> gives one entry per source and target control it names; its
/// <c>remarks</c> are the rationale. Provenance is the collection's title and the source and target hrefs; the licence is
/// a metadata property named <c>license</c> or <c>licence</c>, else "not stated". The target controls are those the maps
/// name, in order.</para>
/// <para>Strict like <see cref="OscalCatalogReader"/>: unknown, missing, repeated members, wrong types, an unknown
/// relationship (<c>ISMS-DOC-024</c>), a pair given twice (<c>ISMS-DOC-031</c>), another model
/// (<see cref="OscalErrorCodes.WrongModel"/>), each with the JSON path, line and position.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class OscalMappingReader
{
    private static readonly string[] CollectionMembers = ["uuid", "metadata", "mappings", "provenance", "back-matter"];
    private static readonly string[] MetadataMembers =
        ["title", "published", "last-modified", "version", "oscal-version", "revisions", "document-ids", "props", "links", "roles", "locations", "parties", "responsible-parties", "actions", "remarks"];

    private static readonly string[] MappingMembers = ["uuid", "source-resource", "target-resource", "maps", "props", "links", "provenance", "method-type", "remarks"];
    private static readonly string[] ResourceMembers = ["type", "href", "props", "links", "remarks"];
    private static readonly string[] MapMembers = ["uuid", "ns", "props", "links", "relationship", "matching-rationale", "qualifiers", "confidence-score", "coverage", "sources", "targets", "remarks"];
    private static readonly string[] ItemMembers = ["type", "id-ref", "props", "links", "remarks"];
    private static readonly string[] RelationshipMembers = ["ns", "type"];
    private static readonly string[] PropMembers = ["name", "uuid", "ns", "value", "class", "group", "remarks"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public OscalMappingReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static OscalMappingReader Default { get; } = new();

    /// <summary>Reads an OSCAL mapping collection.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The crosswalk.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit or is not an OSCAL mapping collection.</exception>
    public Crosswalk Read(ReadOnlySpan<byte> utf8Json, string? sourceName)
    {
        using var input = StrictJsonInput.Open(utf8Json, sourceName, _options);
        var walker = new OscalWalker(input);
        var root = walker.Root(input.Root, OscalModels.MappingCollection);
        var members = walker.Object(root.Value, root.Path, "the mapping collection", CollectionMembers, "uuid", "metadata", "mappings");
        var uuid = walker.Uuid(members["uuid"], "the mapping collection's uuid");
        var metadata = walker.Object(members["metadata"].Value, members["metadata"].Path, "the metadata", MetadataMembers, "title", "last-modified", "version", "oscal-version");
        var title = walker.String(metadata["title"], "the title");
        var oscal = walker.String(metadata["oscal-version"], "the oscal-version");
        if (!OscalCatalogReader.IsVersion1(oscal))
        {
            throw walker.Fail(metadata["oscal-version"].Path, OscalErrorCodes.UnsupportedVersion, $"the OSCAL version {DocumentErrorText.Quote(oscal)} is not supported", "an OSCAL 1.x version", oscal);
        }

        var licence = "not stated";
        if (metadata.TryGetValue("props", out var metaProps))
        {
            foreach (var (name, value) in Props(walker, metaProps))
            {
                if (name is "license" or "licence")
                {
                    licence = value;
                }
            }
        }

        var mappings = members["mappings"];
        IEnumerable<Member> list = mappings.Value.ValueKind == JsonValueKind.Object ? [mappings] : walker.Array(mappings, "the mappings");
        var entries = new List<CrosswalkEntry>();
        var targets = new List<ControlId>();
        var seenTargets = new HashSet<ControlId>();
        var pairs = new Dictionary<(ControlId, ControlId), string>();
        string? sourceHref = null, targetHref = null;
        foreach (var mapping in list)
        {
            var m = walker.Object(mapping.Value, mapping.Path, "a mapping", MappingMembers, "uuid", "source-resource", "target-resource", "maps");
            walker.Uuid(m["uuid"], "the mapping's uuid");
            sourceHref ??= Resource(walker, m["source-resource"]);
            targetHref ??= Resource(walker, m["target-resource"]);
            foreach (var map in walker.Array(m["maps"], "the maps"))
            {
                var entry = walker.Object(map.Value, map.Path, "a map", MapMembers, "relationship", "sources", "targets");
                var relationship = Relationship(walker, entry["relationship"]);
                var rationale = entry.TryGetValue("remarks", out var remarks) ? walker.String(remarks, "the remarks") : "(no rationale given)";
                var sources = Items(walker, entry["sources"]).ToList();
                foreach (var (target, targetPath) in Items(walker, entry["targets"]))
                {
                    if (seenTargets.Add(target))
                    {
                        targets.Add(target);
                    }

                    foreach (var (source, _) in sources)
                    {
                        if (!pairs.TryAdd((source, target), targetPath))
                        {
                            throw walker.Fail(targetPath, DocumentErrorCodes.DuplicateId, $"the pair {DocumentErrorText.Quote(source.Value)} -> {DocumentErrorText.Quote(target.Value)} is mapped twice (first at {pairs[(source, target)]})", "each source and target pair once", target.Value);
                        }

                        entries.Add(new CrosswalkEntry(source, target, relationship, rationale));
                    }
                }
            }
        }

        return new Crosswalk(
            "oscal-mapping-" + uuid.ToString("D"),
            sourceHref ?? "source",
            targetHref ?? "target",
            targets,
            entries,
            $"OSCAL mapping collection '{title}' ({uuid:D}){(sourceName is null ? "" : " read from " + sourceName)}",
            licence);
    }

    private static string Resource(OscalWalker walker, Member resource)
    {
        var members = walker.Object(resource.Value, resource.Path, "a mapping resource", ResourceMembers, "type", "href");
        walker.Token(members["type"], "the resource's type");
        return walker.String(members["href"], "the resource's href");
    }

    private static CrosswalkRelationship Relationship(OscalWalker walker, Member relationship)
    {
        var type = relationship.Value.ValueKind == JsonValueKind.Object
            ? walker.Object(relationship.Value, relationship.Path, "the relationship", RelationshipMembers, "type") is var r ? (Member?)r["type"] : null
            : relationship;
        var token = walker.Token(type!.Value, "the relationship");
        return token switch
        {
            "equal-to" or "equivalent-to" => CrosswalkRelationship.Equal,
            "subset-of" => CrosswalkRelationship.Subset,
            "superset-of" => CrosswalkRelationship.Superset,
            "intersects-with" => CrosswalkRelationship.Intersects,
            "no-relationship" => CrosswalkRelationship.NotRelated,
            _ => throw walker.Fail(type.Value.Path, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(token)} is not a mapping relationship", "equal-to, equivalent-to, subset-of, superset-of, intersects-with or no-relationship", token),
        };
    }

    private static IEnumerable<(ControlId Id, string Path)> Items(OscalWalker walker, Member items)
    {
        foreach (var item in walker.Array(items, "the mapped items"))
        {
            var members = walker.Object(item.Value, item.Path, "a mapped item", ItemMembers, "type", "id-ref");
            walker.Token(members["type"], "the item's type");
            var id = walker.String(members["id-ref"], "the item's id-ref");
            if (id.Trim().Length != id.Length)
            {
                throw walker.Fail(members["id-ref"].Path, DocumentErrorCodes.InvalidValue, $"the id-ref {DocumentErrorText.Quote(id)} has white space around it", "a control id", id);
            }

            yield return (new ControlId(id), members["id-ref"].Path);
        }
    }

    private static IEnumerable<(string Name, string Value)> Props(OscalWalker walker, Member props)
    {
        foreach (var prop in walker.Array(props, "the properties"))
        {
            var members = walker.Object(prop.Value, prop.Path, "a property", PropMembers, "name", "value");
            yield return (walker.Token(members["name"], "the property's name"), walker.String(members["value"], "the property's value", mayBeEmpty: true));
        }
    }
}
