using System.Text.Json;

namespace Isms.Serialization.Reading;

/// <summary>
/// Finds where a JSON path's value starts in the text, to give errors found after deserialization
/// (domain rules, dangling references) a line and position. Used only on the error path.
/// </summary>
internal static class PathLocator
{
    public static (long Offset, JsonTokenType Token)? Locate(ReadOnlySpan<byte> utf8, string path) => Locate(utf8, JsonPathSegments.Parse(path), false);

    /// <summary>
    /// The longest part of <paramref name="path"/> that exists in the text (the path itself, or its nearest ancestor),
    /// with its line and position; <c>$</c> and no position when nothing matches. An error must never name a member
    /// the input does not have (a constructor's parameter name, a member a migration renamed).
    /// </summary>
    public static (string Path, long? Line, long? Position) Nearest(ReadOnlySpan<byte> utf8, string path, bool allowComments)
    {
        var segments = JsonPathSegments.Parse(path);
        while (true)
        {
            if (Locate(utf8, segments, allowComments) is { } found)
            {
                var (line, position) = TextPosition.At(utf8, found.Offset);
                return (JsonPathSegments.Format(segments), line, position);
            }

            if (segments.Count == 0)
            {
                return ("$", null, null);
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }

    private static (long Offset, JsonTokenType Token)? Locate(ReadOnlySpan<byte> utf8, List<object> target, bool allowComments)
    {
        var stack = new List<object>();
        var indexes = new List<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1001, CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow });
        try
        {
            string? pendingName = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        Pop(stack, indexes);
                        continue;
                }

                // A value starts: its path is the stack plus the member name or the array index.
                var pushed = PushValue(stack, indexes, pendingName);
                pendingName = null;
                if (stack.Count == target.Count && Matches(stack, target))
                {
                    return (reader.TokenStartIndex, reader.TokenType);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    indexes.Add(reader.TokenType == JsonTokenType.StartArray ? -1 : -2);
                }
                else if (pushed)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }

        return null;
    }

    private static bool PushValue(List<object> stack, List<int> containers, string? name)
    {
        if (containers.Count == 0)
        {
            return false;
        }

        if (containers[^1] >= -1)
        {
            containers[^1]++;
            stack.Add(containers[^1]);
            return true;
        }

        stack.Add(name ?? string.Empty);
        return true;
    }

    private static void Pop(List<object> stack, List<int> containers)
    {
        containers.RemoveAt(containers.Count - 1);
        if (stack.Count > 0 && containers.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static bool Matches(List<object> stack, List<object> target)
    {
        for (var i = 0; i < target.Count; i++)
        {
            if (!stack[i].Equals(target[i]))
            {
                return false;
            }
        }

        return true;
    }
}
