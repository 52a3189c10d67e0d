using System.Text.Json;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Oscal.Reading;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Oscal;

/// <summary>
/// Reads an OSCAL catalog in JSON (OSCAL 1.0 and 1.1: NIST SP 800-53 rev5 and its resolved baselines, CSF 2.0, SP 800-171
/// rev3, a vendor's own) into a <see cref="ControlCatalog"/>, so a Statement of Applicability or a crosswalk can be made
/// over it. A resolved profile is a catalog document and is read the same way.
/// </summary>
/// <remarks>
/// <para>Strict, within the limits of <see cref="IsmsDocumentOptions"/> (size, depth, items, string length), through the
/// library's first pass (<see cref="StrictJsonInput"/>): every problem is an <see cref="IsmsDocumentException"/> with
/// the JSON path, the line and the position. The members of the catalog, its metadata, groups, controls, parameters,
/// parts, properties and links are checked against the OSCAL model: an unknown member is <c>ISMS-DOC-020</c>, a missing
/// required one <c>ISMS-DOC-021</c>, a repeated one <c>ISMS-DOC-022</c>, a wrong JSON type <c>ISMS-DOC-023</c>, an empty
/// string or array <c>ISMS-DOC-024</c>, a control id given twice <c>ISMS-DOC-031</c>; another OSCAL model is
/// <see cref="OscalErrorCodes.WrongModel"/>, a version other than 1.x <see cref="OscalErrorCodes.UnsupportedVersion"/>,
/// an invalid uuid or token <see cref="OscalErrorCodes.InvalidDatatype"/>. The contents of <c>back-matter</c> and of
/// the metadata's roles, parties and revisions are checked for their JSON type only: the catalog does not use them.</para>
/// <para>Control text (statements, guidance) is not kept: the catalog holds ids and titles.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class OscalCatalogReader
{
    private static readonly string[] CatalogMembers = ["uuid", "metadata", "params", "controls", "groups", "back-matter"];
    private static readonly string[] MetadataMembers =
        ["title", "published", "last-modified", "version", "oscal-version", "revisions", "document-ids", "props", "links", "roles", "locations", "parties", "responsible-parties", "actions", "remarks"];

    private static readonly string[] GroupMembers = ["id", "class", "title", "params", "props", "links", "parts", "groups", "controls"];
    private static readonly string[] ControlMembers = ["id", "class", "title", "params", "props", "links", "parts", "controls"];
    private static readonly string[] ParamMembers = ["id", "class", "depends-on", "props", "links", "label", "usage", "constraints", "guidelines", "values", "select", "remarks"];
    private static readonly string[] PartMembers = ["id", "name", "ns", "class", "title", "props", "prose", "parts", "links"];
    private static readonly string[] PropMembers = ["name", "uuid", "ns", "value", "class", "group", "remarks"];
    private static readonly string[] LinkMembers = ["href", "rel", "media-type", "resource-fragment", "text"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public OscalCatalogReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static OscalCatalogReader Default { get; } = new();

    /// <summary>Reads an OSCAL catalog.</summary>
    /// <param name="utf8Json">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <returns>The catalog and its counts.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit or is not an OSCAL 1.x catalog (see the type's remarks).</exception>
    public OscalCatalogImport Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads an OSCAL catalog.</summary>
    /// <param name="utf8Json">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <returns>The catalog and its counts.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit or is not an OSCAL 1.x catalog (see the type's remarks).</exception>
    public OscalCatalogImport Read(ReadOnlySpan<byte> utf8Json, string? sourceName)
    {
        using var input = StrictJsonInput.Open(utf8Json, sourceName, _options);
        return new Walk(new OscalWalker(input)).Catalog(input.Root);
    }

    /// <summary>Reads an OSCAL catalog from a stream (read to its end, within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The catalog and its counts.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, too large or not an OSCAL 1.x catalog.</exception>
    public OscalCatalogImport Read(Stream utf8Json, string? sourceName)
    {
        using var input = StrictJsonInput.Open(utf8Json, sourceName, _options);
        return new Walk(new OscalWalker(input)).Catalog(input.Root);
    }

    /// <summary>Reads an OSCAL catalog from text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The catalog and its counts.</returns>
    /// <exception cref="IsmsDocumentException">The text is malformed, breaks a limit or is not an OSCAL 1.x catalog.</exception>
    public OscalCatalogImport Parse(string json, string? sourceName)
    {
        using var input = StrictJsonInput.Parse(json, sourceName, _options);
        return new Walk(new OscalWalker(input)).Catalog(input.Root);
    }

    /// <summary>True when the text is an OSCAL 1.x version: <c>1.1.2</c>, <c>v1.1.3</c>, <c>1.0.6</c>, <c>1.2.0-rc1</c>.</summary>
    internal static bool IsVersion1(string version)
    {
        var text = version.StartsWith('v') ? version[1..] : version;
        var parts = text.Split('-', 2)[0].Split('.');
        return parts.Length == 3 && parts[0] == "1" && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    /// <summary>One read.</summary>
    private sealed class Walk(OscalWalker walker)
    {
        private readonly List<CatalogControl> _controls = [];
        private readonly Dictionary<string, string> _idPaths = new(StringComparer.Ordinal);
        private int _groups;
        private int _topControls;
        private int _enhancements;
        private int _parameters;
        private int _withdrawn;

        public OscalCatalogImport Catalog(JsonElement root)
        {
            var catalog = walker.Root(root, OscalModels.Catalog);
            var members = walker.Object(catalog.Value, catalog.Path, "the catalog", CatalogMembers, "uuid", "metadata");
            var uuid = walker.Uuid(members["uuid"], "the catalog's uuid");
            var (title, version, oscalVersion) = Metadata(members["metadata"]);
            Children(members, "the catalog's", new Placement(title, null, null), null, null);

            if (members.TryGetValue("back-matter", out var backMatter))
            {
                walker.Kind(backMatter, JsonValueKind.Object, "the back matter");
            }

            var id = uuid.ToString("D");
            ControlCatalog model;
            try
            {
                model = new ControlCatalog(id, title, $"OSCAL catalog {id}, version {version}, OSCAL {oscalVersion}", _controls);
            }
            catch (Exception ex) when (ex is IsmsException or ArgumentException)
            {
                throw walker.Fail(catalog.Path, DocumentErrorCodes.InvalidValue, "the catalog is refused by the model: " + ex.Message.TrimEnd('.'), null, null, ex);
            }

            return new OscalCatalogImport
            {
                Catalog = model,
                Uuid = uuid,
                Title = title,
                Version = version,
                OscalVersion = oscalVersion,
                Groups = _groups,
                Controls = _topControls,
                Enhancements = _enhancements,
                Parameters = _parameters,
                Withdrawn = _withdrawn,
            };
        }

        private (string Title, string Version, string OscalVersion) Metadata(Member metadata)
        {
            var members = walker.Object(metadata.Value, metadata.Path, "the metadata", MetadataMembers, "title", "last-modified", "version", "oscal-version");
            var title = walker.String(members["title"], "the title");
            walker.String(members["last-modified"], "last-modified");
            var version = walker.String(members["version"], "the version");
            var oscalVersion = members["oscal-version"];
            var oscal = walker.String(oscalVersion, "the oscal-version");
            if (!IsVersion1(oscal))
            {
                throw walker.Fail(oscalVersion.Path, OscalErrorCodes.UnsupportedVersion, $"the OSCAL version {DocumentErrorText.Quote(oscal)} is not supported", "an OSCAL 1.x version, e.g. 1.1.2", oscal);
            }

            foreach (var (name, member) in members)
            {
                switch (name)
                {
                    case "published":
                        walker.String(member, name);
                        break;
                    case "remarks":
                        walker.String(member, name, mayBeEmpty: true);
                        break;
                    case "props":
                        Props(member);
                        break;
                    case "links":
                        Links(member);
                        break;
                    case "revisions" or "document-ids" or "roles" or "locations" or "parties" or "responsible-parties" or "actions":
                        walker.Kind(member, JsonValueKind.Array, name);
                        break;
                }
            }

            return (title, version, oscal.TrimStart('v'));
        }

        private void Group(Member group, string? theme, string? parentTitle)
        {
            var members = walker.Object(group.Value, group.Path, "a group", GroupMembers, "title");
            _groups++;
            if (members.TryGetValue("id", out var id))
            {
                walker.Token(id, "the group's id");
            }

            if (members.TryGetValue("class", out var cls))
            {
                walker.Token(cls, "the group's class");
            }

            var title = walker.String(members["title"], "the group's title");
            Common(members);
            var groupTheme = theme ?? title;
            var groupLabel = theme is null ? null : (parentTitle is null ? title : parentTitle + " / " + title);
            Children(members, "the group's", new Placement(groupTheme, groupLabel, null), groupTheme, groupLabel);
        }

        /// <summary>
        /// Walks what a catalog, a group or a control holds below it, once for all three: its parameters, its controls
        /// (placed by <paramref name="controls"/>) and its groups (under <paramref name="groupTheme"/> and
        /// <paramref name="groupLabel"/>). Each member list refuses what its owner may not hold (a control's groups).
        /// </summary>
        private void Children(Dictionary<string, Member> members, string owner, Placement controls, string? groupTheme, string? groupLabel)
        {
            if (members.TryGetValue("params", out var parameters))
            {
                Params(parameters);
            }

            if (members.TryGetValue("controls", out var children))
            {
                foreach (var control in walker.Array(children, owner + " controls"))
                {
                    Control(control, controls);
                }
            }

            if (members.TryGetValue("groups", out var groups))
            {
                foreach (var group in walker.Array(groups, owner + " groups"))
                {
                    Group(group, groupTheme, groupLabel);
                }
            }
        }

        private void Control(Member control, Placement placement)
        {
            var (theme, group, parent) = placement;
            var members = walker.Object(control.Value, control.Path, "a control", ControlMembers, "id", "title");
            var idMember = members["id"];
            var id = walker.Token(idMember, "the control's id");
            if (!_idPaths.TryAdd(id, idMember.Path))
            {
                throw walker.Fail(idMember.Path, DocumentErrorCodes.DuplicateId, $"the control id {DocumentErrorText.Quote(id)} is given twice (first at {_idPaths[id]})", "each control id once", id);
            }

            if (members.TryGetValue("class", out var cls))
            {
                walker.Token(cls, "the control's class");
            }

            var title = walker.String(members["title"], "the control's title");
            var (withdrawn, statement) = Common(members);
            if (parent is null)
            {
                _topControls++;
            }
            else
            {
                _enhancements++;
            }

            if (withdrawn)
            {
                _withdrawn++;
            }

            // CSF 2.0's subcategories are titled with their own id; their statement says what they are.
            var shown = title == id && statement is not null ? statement : title;
            try
            {
                _controls.Add(new CatalogControl(new ControlId(id), theme, shown.Trim()) { Group = parent ?? group });
            }
            catch (Exception ex) when (ex is IsmsException or ArgumentException)
            {
                throw walker.Fail(idMember.Path, DocumentErrorCodes.InvalidValue, "the control is refused by the model: " + ex.Message.TrimEnd('.'), null, id, ex);
            }

            // A control's own controls are its enhancements, labelled with their parent.
            Children(members, "the control's", new Placement(theme, group, id + " " + title), null, null);
        }

        /// <summary>The members groups and controls share but <see cref="Children"/>; returns whether the item is withdrawn and its statement's prose.</summary>
        private (bool Withdrawn, string? Statement) Common(Dictionary<string, Member> members)
        {
            var withdrawn = members.TryGetValue("props", out var props) && Props(props).Any(p => p.Name == "status" && p.Value == "withdrawn");
            if (members.TryGetValue("links", out var links))
            {
                Links(links);
            }

            string? statement = null;
            if (members.TryGetValue("parts", out var parts))
            {
                foreach (var part in walker.Array(parts, "the parts"))
                {
                    var (name, prose) = Part(part);
                    if (name == "statement" && statement is null && !string.IsNullOrWhiteSpace(prose))
                    {
                        statement = prose;
                    }
                }
            }

            return (withdrawn, statement);
        }

        private void Params(Member parameters)
        {
            foreach (var parameter in walker.Array(parameters, "the parameters"))
            {
                var members = walker.Object(parameter.Value, parameter.Path, "a parameter", ParamMembers, "id");
                walker.Token(members["id"], "the parameter's id");
                _parameters++;
                foreach (var (name, member) in members)
                {
                    switch (name)
                    {
                        case "class" or "depends-on":
                            walker.Token(member, name);
                            break;
                        case "label" or "usage" or "remarks":
                            walker.String(member, name, mayBeEmpty: true);
                            break;
                        case "props":
                            Props(member);
                            break;
                        case "links":
                            Links(member);
                            break;
                        case "constraints" or "guidelines" or "values":
                            walker.Kind(member, JsonValueKind.Array, name);
                            break;
                        case "select":
                            walker.Kind(member, JsonValueKind.Object, name);
                            break;
                    }
                }
            }
        }

        private (string Name, string? Prose) Part(Member part)
        {
            var members = walker.Object(part.Value, part.Path, "a part", PartMembers, "name");
            var name = walker.Token(members["name"], "the part's name");
            string? prose = null;
            foreach (var (member, value) in members)
            {
                switch (member)
                {
                    case "id" or "class":
                        walker.Token(value, member);
                        break;
                    case "ns":
                        walker.String(value, member);
                        break;
                    case "title":
                        walker.String(value, member, mayBeEmpty: true);
                        break;
                    case "prose":
                        prose = walker.String(value, "the prose", mayBeEmpty: true);
                        break;
                    case "props":
                        Props(value);
                        break;
                    case "links":
                        Links(value);
                        break;
                    case "parts":
                        foreach (var inner in walker.Array(value, "the parts"))
                        {
                            Part(inner);
                        }

                        break;
                }
            }

            return (name, prose);
        }

        private List<(string Name, string Value)> Props(Member props)
        {
            var list = new List<(string, string)>();
            foreach (var prop in walker.Array(props, "the properties"))
            {
                var members = walker.Object(prop.Value, prop.Path, "a property", PropMembers, "name", "value");
                var name = walker.Token(members["name"], "the property's name");
                var value = walker.String(members["value"], "the property's value", mayBeEmpty: true);
                foreach (var (member, item) in members)
                {
                    switch (member)
                    {
                        case "uuid":
                            walker.Uuid(item, "the property's uuid");
                            break;
                        case "class" or "group":
                            walker.Token(item, member);
                            break;
                        case "ns":
                            walker.String(item, member);
                            break;
                        case "remarks":
                            walker.String(item, member, mayBeEmpty: true);
                            break;
                    }
                }

                list.Add((name, value));
            }

            return list;
        }

        private void Links(Member links)
        {
            foreach (var link in walker.Array(links, "the links"))
            {
                var members = walker.Object(link.Value, link.Path, "a link", LinkMembers, "href");
                foreach (var (name, member) in members)
                {
                    walker.String(member, name == "href" ? "the link's href" : name, mayBeEmpty: name == "text");
                }
            }
        }
    }

    /// <summary>Where a control goes in the model: its theme, its group label and, for an enhancement, its parent's label.</summary>
    private readonly record struct Placement(string Theme, string? Group, string? Parent);
}
