using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Isms.Core.Catalogs;
using Isms.Oscal.Reading;
using NodaTime;
using NodaTime.Text;

namespace Isms.Oscal.Export;

/// <summary>Small builders for OSCAL JSON: objects without absent members, no empty arrays, tokens and timestamps.</summary>
internal static class OscalJson
{
    /// <summary>The OSCAL version the documents declare.</summary>
    public const string OscalVersion = "1.1.2";

    /// <summary>The namespace of this library's own properties (<c>props[].ns</c>).</summary>
    public const string Namespace = "urn:isms-core:oscal";

    /// <summary>An object of the members whose value is not null (OSCAL leaves absent members out).</summary>
    public static JsonObject Obj(params (string Name, JsonNode? Value)[] members)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in members)
        {
            if (value is not null)
            {
                obj[name] = value;
            }
        }

        return obj;
    }

    /// <summary>A string value, or null for null.</summary>
    public static JsonNode? Str(string? value) => value is null ? null : JsonValue.Create(value);

    /// <summary>An array of the items, or null when there are none (OSCAL arrays are never empty).</summary>
    public static JsonArray? Arr(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            if (item is not null)
            {
                array.Add(item);
            }
        }

        return array.Count == 0 ? null : array;
    }

    /// <summary>An array of strings, or null when there are none.</summary>
    public static JsonArray? Strings(IEnumerable<string> items) => Arr(items.Select(i => (JsonNode?)JsonValue.Create(i)));

    /// <summary>A property of this library's namespace.</summary>
    public static JsonObject Prop(string name, string value, string? remarks = null) =>
        Obj(("name", Str(name)), ("ns", Str(Namespace)), ("value", Str(value)), ("remarks", Str(remarks)));

    /// <summary>
    /// An OSCAL token for an id: the id itself when it is one; otherwise <paramref name="prefix"/> and the id, every
    /// character a token does not allow replaced by '_' (Annex A's <c>5.1</c> becomes <c>a.5.1</c>).
    /// </summary>
    public static string Token(string value, string prefix)
    {
        if (OscalWalker.IsToken(value))
        {
            return value;
        }

        var text = new StringBuilder(prefix.Length + value.Length).Append(prefix);
        foreach (var rune in value.EnumerateRunes())
        {
            var ok = Rune.IsLetterOrDigit(rune) || rune.Value is '.' or '-' or '_';
            text.Append(ok ? rune.ToString() : "_");
        }

        return text.ToString();
    }

    /// <summary>The OSCAL id of a catalog control (<see cref="Token"/> with the prefix <c>a.</c>).</summary>
    public static string ControlId(ControlId id) => Token(id.Value, "a.");

    /// <summary>A token for a free text (a theme): lower case, runs of other characters as one '-'.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '_')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return Token(slug.ToString().Trim('-') is { Length: > 0 } s ? s : "group", "g-");
    }

    /// <summary>An OSCAL date-time (<c>2026-11-28T09:00:00Z</c>).</summary>
    public static string DateTime(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>The start of a day, UTC, as an OSCAL date-time.</summary>
    public static string DateTime(LocalDate date) => LocalDatePattern.Iso.Format(date) + "T00:00:00Z";

    /// <summary>An OSCAL date (<c>2026-11-28</c>).</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Text with an invariant culture.</summary>
    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
