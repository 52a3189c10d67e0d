using System.Globalization;
using Isms.Core;

namespace Isms.Certification;

/// <summary>
/// Checks of values a user or a document supplies, each failing with a coded <see cref="CertificationException"/>
/// that names the entity kind, the member and the value. Null arguments (programming errors) are Guard's business.
/// </summary>
internal static class Require
{
    /// <summary>An error naming where it happened.</summary>
    public static IsmsError Error(string code, string entityKind, string? member, string? value, string message) =>
        new(code, message) { EntityKind = entityKind, Member = member, Value = value };

    /// <summary>The exception for one broken rule.</summary>
    public static CertificationException Fail(string code, string entityKind, string? member, string? value, string message) =>
        new(Error(code, entityKind, member, value, message));

    /// <summary>A required text: not empty, not white space, well-formed UTF-16.</summary>
    public static string Text(string? value, string code, string entityKind, string member)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(code, entityKind, member, value, $"{entityKind}.{member} must not be empty (was {Quote(value)}).");
        }

        WellFormed(value, code, entityKind, member);
        return value;
    }

    /// <summary>A person's id: not the default (empty) value.</summary>
    public static PersonId Person(PersonId value, string code, string entityKind, string member) =>
        value.Value is null
            ? throw Fail(code, entityKind, member, null, $"{entityKind}.{member} must name a person (was an empty PersonId).")
            : value;

    /// <summary>A value of <typeparamref name="TEnum"/> that the enum defines.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string code, string entityKind, string member)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw Fail(code, entityKind, member, value.ToString(), $"{entityKind}.{member} must be one of {string.Join(", ", Enum.GetNames<TEnum>())} (was {value}).");

    /// <summary>Two days in order: <paramref name="last"/> not before <paramref name="first"/>.</summary>
    public static void InOrder(NodaTime.LocalDate first, NodaTime.LocalDate last, string entityKind, string firstMember, string lastMember)
    {
        if (last < first)
        {
            throw Fail(
                CertificationErrorCodes.DatesOutOfOrder,
                entityKind,
                lastMember,
                Day(last),
                $"{entityKind}.{lastMember} {Day(last)} is before {firstMember} {Day(first)}.");
        }
    }

    /// <summary>A day as ISO 8601 text.</summary>
    public static string Day(NodaTime.LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A text quoted for a message; "null" for none.</summary>
    public static string Quote(string? value) => value is null ? "null" : $"'{value}'";

    private static void WellFormed(string value, string code, string entityKind, string member)
    {
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw Fail(
                    code,
                    entityKind,
                    member,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"{entityKind}.{member} holds a lone UTF-16 surrogate (U+{(int)value[i]:X4}) at index {i}: it is not well-formed text."));
            }
        }
    }
}
