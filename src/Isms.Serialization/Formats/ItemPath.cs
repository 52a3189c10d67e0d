namespace Isms.Serialization.Formats;

/// <summary>
/// The JSON path of an item of a collection, e.g. <c>$.risks[12]</c>, formatted only when an error needs it: mapping
/// 50,000 risks must not format 50,000 paths that are never shown.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly struct ItemPath(string collection, int index)
{
    /// <summary>The path of a member of the item, e.g. <c>$.risks[12].treatment</c> (formats the path).</summary>
    public static string operator +(ItemPath path, string member) => path.ToString() + member;

    /// <summary>The item's path, e.g. <c>$.risks[12]</c>.</summary>
    public override string ToString() => Mapping.Item(collection, index);
}
