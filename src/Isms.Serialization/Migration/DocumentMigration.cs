using System.Text.Json.Nodes;

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

    /// <summary>Renames a member of <paramref name="node"/> when present (a missing one is reported later as missing).</summary>
    protected static void Rename(JsonObject node, string from, string to)
    {
        if (node.Remove(from, out var value))
        {
            node[to] = value;
        }
    }
}
