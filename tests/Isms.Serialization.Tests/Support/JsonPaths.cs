using System.Globalization;
using System.Text.Json.Nodes;

namespace Isms.Serialization.Tests.Support;

/// <summary>Navigates and edits <see cref="JsonNode"/> trees by simple JSON paths (<c>$.a.b[0].c</c>) in tests.</summary>
internal static class JsonPaths
{
    /// <summary>The member names and item indexes of <paramref name="path"/>, in order.</summary>
    public static IEnumerable<object> Segments(string path)
    {
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? part : part[..bracket];
            for (var rest = bracket < 0 ? string.Empty : part[bracket..]; rest.Length > 0; rest = rest[(rest.IndexOf(']', StringComparison.Ordinal) + 1)..])
            {
                yield return int.Parse(rest[1..rest.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The node at <paramref name="path"/>.</summary>
    public static JsonNode? Node(JsonNode root, string path)
    {
        var node = root;
        foreach (var segment in Segments(path))
        {
            node = segment is int i ? node!.AsArray()[i] : node!.AsObject()[(string)segment];
        }

        return node;
    }

    /// <summary>A copy of <paramref name="document"/> with <paramref name="edit"/> applied to the member at <paramref name="path"/> (given its object and name).</summary>
    public static JsonObject Edit(JsonObject document, string path, Action<JsonObject, string> edit)
    {
        var copy = document.DeepClone().AsObject();
        var dot = path.LastIndexOf('.');
        edit(Node(copy, path[..dot])!.AsObject(), path[(dot + 1)..]);
        return copy;
    }
}
