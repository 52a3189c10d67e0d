using System.Globalization;
using System.Text;
using System.Text.Json;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Oscal.Reading;

/// <summary>
/// The strict walk of one OSCAL document read through <see cref="StrictJsonInput"/>: every object's members checked
/// against the model's (unknown, duplicate, missing), every value's JSON type and OSCAL data type checked, every
/// problem placed at its JSON path with the line and position. The readers of each model describe only their members.
/// </summary>
/// <threadsafety>An instance belongs to one read.</threadsafety>
internal sealed class OscalWalker(StrictJsonInput input)
{
    /// <summary>The error for a problem at <paramref name="path"/>.</summary>
    public IsmsDocumentException Fail(string path, string code, string problem, string? expected, string? value = null, Exception? inner = null) =>
        input.Error(code, path, problem, expected, value, inner);

    /// <summary>
    /// The members of the object at <paramref name="path"/>, by name, each with its path; refuses a non-object, a
    /// member given twice, a member the model does not define and a missing required one.
    /// </summary>
    public Dictionary<string, Member> Object(JsonElement element, string path, string what, IReadOnlyCollection<string> allowed, params string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(path, DocumentErrorCodes.WrongType, $"{what} is {Describe(element)}", "an object");
        }

        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var memberPath = StrictJsonInput.MemberPath(path, property.Name);
            if (!allowed.Contains(property.Name))
            {
                throw Fail(memberPath, DocumentErrorCodes.UnknownMember, $"{what} has an unknown member {DocumentErrorText.Quote(property.Name)}", "one of " + string.Join(", ", allowed), property.Name);
            }

            if (!members.TryAdd(property.Name, new Member(property.Value, memberPath)))
            {
                throw Fail(memberPath, DocumentErrorCodes.DuplicateMember, $"{what} gives the member {DocumentErrorText.Quote(property.Name)} twice", "each member once", property.Name);
            }
        }

        foreach (var name in required)
        {
            if (!members.ContainsKey(name))
            {
                throw Fail(path, DocumentErrorCodes.MissingMember, $"{what} has no member '{name}'", $"'{name}' (required by OSCAL)");
            }
        }

        return members;
    }

    /// <summary>A string value; empty only when <paramref name="mayBeEmpty"/> (NIST's own catalogs hold empty labels).</summary>
    public string String(Member member, string what, bool mayBeEmpty = false)
    {
        if (member.Value.ValueKind != JsonValueKind.String)
        {
            throw Fail(member.Path, DocumentErrorCodes.WrongType, $"{what} is {Describe(member.Value)}", "a string");
        }

        var text = member.Value.GetString()!;
        if (text.Length == 0 && !mayBeEmpty)
        {
            throw Fail(member.Path, DocumentErrorCodes.InvalidValue, $"{what} is empty", "a non-empty string", text);
        }

        return text;
    }

    /// <summary>An OSCAL <c>token</c>: a letter or underscore, then letters, digits, '.', '-' or '_'.</summary>
    public string Token(Member member, string what)
    {
        var text = String(member, what);
        if (!IsToken(text))
        {
            throw Fail(member.Path, OscalErrorCodes.InvalidDatatype, $"{what} {DocumentErrorText.Quote(text)} is not an OSCAL token", "a letter or '_', then letters, digits, '.', '-' or '_'", text);
        }

        return text;
    }

    /// <summary>An OSCAL <c>uuid</c>.</summary>
    public Guid Uuid(Member member, string what)
    {
        var text = String(member, what);
        if (text.Length != 36 || !Guid.TryParseExact(text, "D", out var uuid))
        {
            throw Fail(member.Path, OscalErrorCodes.InvalidDatatype, $"{what} {DocumentErrorText.Quote(text)} is not a UUID", "an RFC 4122 UUID (8-4-4-4-12 hexadecimal digits)", text);
        }

        return uuid;
    }

    /// <summary>The items of the array at <paramref name="member"/>, each with its path; OSCAL arrays are never empty.</summary>
    public IEnumerable<Member> Array(Member member, string what)
    {
        if (member.Value.ValueKind != JsonValueKind.Array)
        {
            throw Fail(member.Path, DocumentErrorCodes.WrongType, $"{what} is {Describe(member.Value)}", "an array");
        }

        if (member.Value.GetArrayLength() == 0)
        {
            throw Fail(member.Path, DocumentErrorCodes.InvalidValue, $"{what} is an empty array", "at least one item (OSCAL leaves an empty list out)");
        }

        var index = 0;
        foreach (var item in member.Value.EnumerateArray())
        {
            yield return new Member(item, StrictJsonInput.ItemPath(member.Path, index++));
        }
    }

    /// <summary>Checks that a member holds the JSON type the model gives it, without reading further.</summary>
    public void Kind(Member member, JsonValueKind kind, string what)
    {
        if (member.Value.ValueKind != kind)
        {
            throw Fail(member.Path, DocumentErrorCodes.WrongType, $"{what} is {Describe(member.Value)}", kind == JsonValueKind.Array ? "an array" : kind == JsonValueKind.Object ? "an object" : "a string");
        }
    }

    /// <summary>The root <c>{"model": {...}}</c> (an optional <c>$schema</c> beside it), or <see cref="OscalErrorCodes.WrongModel"/>.</summary>
    public Member Root(JsonElement root, string model)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Fail("$", DocumentErrorCodes.RootNotObject, $"the root is {Describe(root)}", $"an object holding '{model}'");
        }

        Member? found = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var path = StrictJsonInput.MemberPath("$", property.Name);
            if (!seen.Add(property.Name))
            {
                throw Fail(path, DocumentErrorCodes.DuplicateMember, $"the root gives the member {DocumentErrorText.Quote(property.Name)} twice", "each member once", property.Name);
            }

            if (property.NameEquals(model))
            {
                found = new Member(property.Value, path);
            }
            else if (property.NameEquals("$schema"))
            {
                String(new Member(property.Value, path), "'$schema'");
            }
            else if (OscalModels.RootNames.Contains(property.Name))
            {
                throw Fail(path, OscalErrorCodes.WrongModel, $"the document is an OSCAL {property.Name}", $"an OSCAL {model}", property.Name);
            }
            else
            {
                throw Fail(path, DocumentErrorCodes.UnknownMember, $"the root has an unknown member {DocumentErrorText.Quote(property.Name)}", $"'{model}' (and optionally '$schema')", property.Name);
            }
        }

        return found ?? throw Fail("$", OscalErrorCodes.WrongModel, "the root holds no OSCAL model", $"an OSCAL {model}: {{\"{model}\": {{...}}}}");
    }

    /// <summary>Describes a value's JSON type for a message.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "no value",
    };

    /// <summary>True for an OSCAL token (<c>^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$</c>).</summary>
    public static bool IsToken(string text)
    {
        var first = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var letter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
            var number = category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            var ok = first ? letter || rune.Value == '_' : letter || number || rune.Value is '.' or '-' or '_';
            if (!ok)
            {
                return false;
            }

            first = false;
        }

        return !first;
    }
}

/// <summary>A member's value and its JSON path.</summary>
internal readonly record struct Member(JsonElement Value, string Path);
