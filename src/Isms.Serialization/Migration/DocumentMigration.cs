using System.Globalization;
using System.Text.Json.Nodes;
using Isms.Serialization.Formats;

namespace Isms.Serialization.Migration;

/// <summary>
/// One step from schema version N to N+1 of one kind, on the JSON tree (so old documents need no old classes).
/// Steps are small, pure and never skipped: a v1 document goes through every step to the current version.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal abstract class DocumentMigration
{
    /// <summary>The version this step upgrades from.</summary>
    public abstract int FromVersion { get; }

    /// <summary>Rewrites <paramref name="root"/> in place from <see cref="FromVersion"/> to the next version.</summary>
    public abstract void Apply(JsonObject root);

    /// <summary>
    /// The path, in the document before this step, of <paramref name="path"/> in the document after it (a renamed
    /// member's old name), so that an error found after migrating points at what the user wrote.
    /// </summary>
    public virtual string OriginalPath(string path) => path;

    /// <summary>
    /// Renames a member of <paramref name="node"/> when present (a missing one is reported later as missing). The new
    /// name must not already be there: it did not exist in the old version, so it is an unknown member.
    /// </summary>
    /// <param name="node">The object.</param>
    /// <param name="path">The object's JSON path, for errors.</param>
    /// <param name="from">The old name.</param>
    /// <param name="to">The new name.</param>
    protected void Rename(JsonObject node, string path, string from, string to)
    {
        if (node.ContainsKey(to))
        {
            throw new MappingException(
                DocumentErrorCodes.UnknownMember,
                $"{path}.{to}",
                string.Create(CultureInfo.InvariantCulture, $"unknown member '{to}' in a schemaVersion {FromVersion} document"),
                string.Create(CultureInfo.InvariantCulture, $"'{from}' (the member's name in schemaVersion {FromVersion})"));
        }

        if (node.Remove(from, out var value))
        {
            node[to] = value;
        }
    }
}
