using System.Globalization;

namespace Isms.Serialization.Reading;

/// <summary>Parses the JSON paths System.Text.Json reports (<c>$.a[2].b</c>, <c>$['odd name']</c>) into segments.</summary>
internal static class JsonPathSegments
{
    /// <summary>The segments: a <see cref="string"/> for a member, an <see cref="int"/> for an array index.</summary>
    public static List<object> Parse(string? path)
    {
        var segments = new List<object>();
        if (string.IsNullOrEmpty(path))
        {
            return segments;
        }

        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var close = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        break;
                    }

                    segments.Add(path[(i + 2)..close]);
                    i = close + 2;
                }
                else
                {
                    var close = path.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        break;
                    }

                    if (int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        segments.Add(index);
                    }

                    i = close + 1;
                }
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    /// <summary>The parent path and the last member name, e.g. <c>$.a[1]</c> and <c>b</c> for <c>$.a[1].b</c>.</summary>
    public static string? LastMember(string? path)
    {
        var segments = Parse(path);
        return segments.Count > 0 && segments[^1] is string name ? name : null;
    }
}
