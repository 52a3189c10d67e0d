using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Isms.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Isms.Oscal.Reading;

/// <summary>
/// One strict read of an OSCAL document against <see cref="OscalDefinitions"/>: every object's members checked (unknown,
/// duplicate, missing), every value's JSON type, OSCAL data type and closed value list checked, every uuid unique among
/// the objects of its definition; each object indexed by its definition's name for <see cref="OscalDocument"/>.
/// </summary>
/// <threadsafety>An instance belongs to one read.</threadsafety>
internal sealed class OscalDocumentWalk(OscalWalker walker)
{
    /// <summary>An OSCAL date-time: RFC 3339 with its offset required (<c>2023-06-30T10:53:52.000-04:00</c>, <c>...Z</c>).</summary>
    internal static readonly OffsetDateTimePattern DateTimePattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    private static readonly OffsetPattern OffsetOfDate = OffsetPattern.CreateWithInvariantCulture("Z+HH:mm");

    /// <summary>
    /// The definitions whose uuid OSCAL indexes (others point at them by uuid: <c>party-uuid</c>, <c>component-uuid</c>,
    /// <c>observation-uuid</c>, <c>risk-uuid</c>...), so two of one definition with the same uuid are an error. Not every
    /// uuid: NIST's own component definition example gives two statements one uuid.
    /// </summary>
    private static readonly FrozenSet<string> Indexed = FrozenSet.ToFrozenSet(
        ["party", "location", "system-component", "defined-component", "inventory-item", "user", "resource", "activity", "task", "observation", "finding", "risk", "poam-item", "result"],
        StringComparer.Ordinal);

    private readonly Dictionary<string, List<OscalElement>> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Definition, Guid Uuid), string> _uuids = [];

    /// <summary>The objects read, by their definition's name, in document order.</summary>
    public IReadOnlyDictionary<string, List<OscalElement>> Elements => _elements;

    /// <summary>Walks the object at <paramref name="member"/> as <paramref name="definition"/> and everything below it.</summary>
    public Dictionary<string, Member> Object(Member member, OscalDefinition definition)
    {
        var what = "the " + definition.Name;
        var members = walker.Object(member.Value, member.Path, what, definition.MemberNames, definition.Required);
        var element = new OscalElement(definition.Name, member.Path, member.Value);
        if (!_elements.TryGetValue(definition.Name, out var list))
        {
            _elements[definition.Name] = list = [];
        }

        list.Add(element);
        foreach (var (name, value) in members)
        {
            var rule = definition.Members[name];
            var about = $"{what}'s {name}";
            switch (rule.Shape)
            {
                case OscalShape.Scalar:
                    Scalar(value, rule, about);
                    break;
                case OscalShape.ScalarArray:
                    foreach (var item in walker.Array(value, about))
                    {
                        Scalar(item, rule, $"an item of {about}");
                    }

                    break;
                case OscalShape.Object:
                    Object(value, OscalDefinitions.ByKey[rule.Definition!]);
                    break;
                default:
                    var inner = OscalDefinitions.ByKey[rule.Definition!];
                    foreach (var item in walker.Array(value, about))
                    {
                        Object(item, inner);
                    }

                    break;
            }
        }

        if (members.TryGetValue("uuid", out var uuid) && Indexed.Contains(definition.Name))
        {
            var key = (definition.Key, walker.Uuid(uuid, what + "'s uuid"));
            if (!_uuids.TryAdd(key, uuid.Path))
            {
                throw walker.Fail(uuid.Path, DocumentErrorCodes.DuplicateId, $"two {definition.Name} objects have the uuid {key.Item2:D} (first at {_uuids[key]})", $"each {definition.Name} its own uuid", uuid.Value.GetString());
            }
        }

        return members;
    }

    /// <summary>An OSCAL date-time with its offset, or <see cref="OscalErrorCodes.InvalidDatatype"/>.</summary>
    public OffsetDateTime DateTime(Member member, string what)
    {
        var text = walker.String(member, what);
        var parsed = DateTimePattern.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw walker.Fail(member.Path, OscalErrorCodes.InvalidDatatype, $"{what} {DocumentErrorText.Quote(text)} is not an OSCAL date-time", "a date-time with its offset, e.g. 2026-11-28T09:00:00Z", text);
    }

    private void Scalar(Member member, OscalMemberRule rule, string what)
    {
        switch (rule.Type)
        {
            case OscalDatatype.Boolean:
                if (member.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw walker.Fail(member.Path, DocumentErrorCodes.WrongType, $"{what} is {OscalWalker.Describe(member.Value)}", "a boolean");
                }

                return;
            case OscalDatatype.NonNegativeInteger or OscalDatatype.PositiveInteger:
                Integer(member, rule.Type == OscalDatatype.PositiveInteger ? 1 : 0, what);
                return;
        }

        var text = rule.Type switch
        {
            OscalDatatype.Markup or OscalDatatype.UriReference => walker.String(member, what, mayBeEmpty: true),
            OscalDatatype.Token => walker.Token(member, what),
            OscalDatatype.Uuid => walker.Uuid(member, what).ToString("D"),
            _ => walker.String(member, what),
        };
        var (ok, expected) = rule.Type switch
        {
            OscalDatatype.String => (IsString(text), "an OSCAL string: no white space at either end, one line"),
            OscalDatatype.Uri => (IsUri(text), "an absolute URI: a scheme, ':' and more"),
            OscalDatatype.DateTimeWithTimezone => (DateTimePattern.Parse(text).Success, "a date-time with its offset, e.g. 2026-11-28T09:00:00Z"),
            OscalDatatype.Date => (IsDate(text), "a date, optionally with its offset, e.g. 2026-11-28"),
            OscalDatatype.Base64 => (IsBase64(text), "base64 text"),
            OscalDatatype.Email => (IsString(text) && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1, "an email address"),
            _ => (true, null),
        };
        if (!ok)
        {
            throw walker.Fail(member.Path, OscalErrorCodes.InvalidDatatype, $"{what} {DocumentErrorText.Quote(text)} is not a valid OSCAL {Name(rule.Type)}", expected, text);
        }

        if (rule.Values is { } values && !values.Contains(text, StringComparer.Ordinal))
        {
            throw walker.Fail(member.Path, DocumentErrorCodes.InvalidValue, $"{what} {DocumentErrorText.Quote(text)} is not one of the values OSCAL allows", "one of " + string.Join(", ", values), text);
        }
    }

    private void Integer(Member member, long minimum, string what)
    {
        if (member.Value.ValueKind != JsonValueKind.Number)
        {
            throw walker.Fail(member.Path, DocumentErrorCodes.WrongType, $"{what} is {OscalWalker.Describe(member.Value)}", "a number");
        }

        if (!member.Value.TryGetInt64(out var value) || value < minimum)
        {
            var text = member.Value.GetRawText();
            throw walker.Fail(member.Path, OscalErrorCodes.InvalidDatatype, $"{what} {text} is not an integer of at least {minimum.ToString(CultureInfo.InvariantCulture)}", $"an integer of at least {minimum.ToString(CultureInfo.InvariantCulture)}", text);
        }
    }

    private static string Name(OscalDatatype type) => type switch
    {
        OscalDatatype.DateTimeWithTimezone => "date-time-with-timezone",
        OscalDatatype.Email => "email-address",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>OSCAL's <c>string</c> (<c>^\S(.*\S)?$</c>): no white space at either end and no line break.</summary>
    private static bool IsString(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && text.IndexOfAny(['\n', '\r', '\u2028', '\u2029']) < 0;

    /// <summary>OSCAL's <c>uri</c> (<c>^[a-zA-Z][a-zA-Z0-9+\-.]+:.+$</c>).</summary>
    private static bool IsUri(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon >= 2 && colon < text.Length - 1 && char.IsAsciiLetter(text[0])
            && text.AsSpan(1, colon - 1).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") < 0
            && text.AsSpan(colon + 1).IndexOfAny('\n', '\r') < 0;
    }

    /// <summary>OSCAL's <c>date</c>: an ISO date, optionally followed by <c>Z</c> or an offset.</summary>
    private static bool IsDate(string text) =>
        text.Length >= 10 && LocalDatePattern.Iso.Parse(text[..10]).Success && (text.Length == 10 || OffsetOfDate.Parse(text[10..]).Success);

    /// <summary>OSCAL's <c>base64</c> (<c>^[0-9A-Za-z+/]+={0,2}$</c>).</summary>
    private static bool IsBase64(string text)
    {
        var body = text.TrimEnd('=');
        return body.Length > 0 && text.Length - body.Length <= 2
            && body.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/") < 0;
    }
}
