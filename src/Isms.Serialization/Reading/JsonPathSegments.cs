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

    /// <summary>
    /// Appends a member to a path as System.Text.Json writes paths: <c>.name</c> for a name of letters, digits and
    /// underscores, <c>['odd name']</c> otherwise.
    /// </summary>
    public static System.Text.StringBuilder AppendMember(System.Text.StringBuilder path, string member) =>
        IsPlain(member) ? path.Append('.').Append(member) : path.Append("['").Append(member).Append("']");

    /// <summary>The path of a member of the object at <paramref name="path"/> (see <see cref="AppendMember(System.Text.StringBuilder, string)"/>).</summary>
    public static string Member(string path, string member) =>
        IsPlain(member) ? $"{path}.{member}" : $"{path}['{member}']";

    /// <summary>The path of an item of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Formats segments (member names and indexes) as a path, <c>$</c> for none.</summary>
    public static string Format(IEnumerable<object> segments)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                AppendMember(path, (string)segment);
            }
        }

        return path.ToString();
    }

    private static bool IsPlain(string member)
    {
        if (member.Length == 0)
        {
            return false;
        }

        foreach (var c in member)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parent path and the last member name, e.g. <c>$.a[1]</c> and <c>b</c> for <c>$.a[1].b</c>.</summary>
    public static string? LastMember(string? path)
    {
        var segments = Parse(path);
        return segments.Count > 0 && segments[^1] is string name ? name : null;
    }
}
