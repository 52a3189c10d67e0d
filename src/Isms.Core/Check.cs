using System.Collections.Immutable;
using System.Globalization;

namespace Isms.Core;

/// <summary>Validation helpers that throw <see cref="IsmsException"/> naming the field and the value.</summary>
internal static class Check
{
    public static string Id(string value, string type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fault.AtField(IsmsErrorCodes.InvalidId, $"{type} must not be empty (was '{value}').", type, value);
        }

        if (value.Trim().Length != value.Length)
        {
            throw Fault.AtField(IsmsErrorCodes.InvalidId, $"{type} '{value}' has surrounding white space.", type, value);
        }

        WellFormed(value, type);

        return value;
    }

    public static TId Id<TId>(TId value, string field)
        where TId : struct, IEntityId
    {
        if (value.Value is null)
        {
            throw Fault.AtField(IsmsErrorCodes.InvalidId, $"{field} must not be an empty (default) {typeof(TId).Name}.", field, null);
        }

        return value;
    }

    public static TId? OptionalId<TId>(TId? value, string field)
        where TId : struct, IEntityId
        => value is { } id ? Id(id, field) : null;

    public static string Text(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fault.AtField(IsmsErrorCodes.RequiredText, $"{field} must not be empty (was '{value}').", field, value);
        }

        WellFormed(value, field);

        return value;
    }

    public static string? OptionalText(string? value, string field)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw Fault.AtField(IsmsErrorCodes.RequiredText, $"{field} must be null or a non-empty text (was '{value}').", field, value);
        }

        if (value is not null)
        {
            WellFormed(value, field);
        }

        return value;
    }

    /// <summary>
    /// Refuses ill-formed UTF-16 (a lone surrogate): UTF-8 documents cannot hold it, so a writer would silently
    /// replace it with U+FFFD and the text read back would differ from the text saved.
    /// </summary>
    public static void WellFormed(string value, string field)
    {
        // Almost every text has no surrogate at all: one vectorised scan, and the pairwise walk only for the rest.
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            throw Fault.AtField(
                IsmsErrorCodes.InvalidText,
                string.Create(CultureInfo.InvariantCulture, $"{field} holds a lone UTF-16 surrogate (U+{(int)c:X4}) at index {i}: it is not well-formed text."),
                field,
                value);
        }
    }

    public static int AtLeast(int value, int minimum, string field)
    {
        if (value < minimum)
        {
            throw Fault.AtField(
                IsmsErrorCodes.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be at least {minimum} (was {value})."),
                field,
                value.ToString(CultureInfo.InvariantCulture));
        }

        return value;
    }

    public static ImmutableArray<T> List<T>(ImmutableArray<T> value, string field, bool nonEmpty = false)
    {
        var list = value.IsDefault ? [] : value;
        if (nonEmpty && list.IsEmpty)
        {
            throw Fault.AtField(IsmsErrorCodes.InvalidList, $"{field} must hold at least one value.", field, null);
        }

        // Short lists (almost all of them) are checked pairwise: no set is allocated. Same order of checks and
        // the same first offending item as the set below.
        if (list.Length <= SmallList)
        {
            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < list.Length; i++)
            {
                var item = list[i];
                CheckItem(item, field);
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(list[j], item))
                    {
                        throw Fault.AtField(IsmsErrorCodes.InvalidList, $"{field} holds '{item}' twice.", Item(field, i), item?.ToString());
                    }
                }
            }

            return list;
        }

        var seen = new HashSet<T>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var item = list[i];
            CheckItem(item, field);
            if (!seen.Add(item))
            {
                throw Fault.AtField(IsmsErrorCodes.InvalidList, $"{field} holds '{item}' twice.", Item(field, i), item?.ToString());
            }
        }

        return list;
    }

    private const int SmallList = 8;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static string Item(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");

    private static void CheckItem<T>(T item, string field)
    {
        // An id struct holds null only as its default value (every id constructor refuses null): for them, compare with
        // the default instead of reading Value through the interface, which boxes every item of every list.
        if (item is null || (typeof(T).IsValueType ? item is IEntityId && EqualityComparer<T>.Default.Equals(item, default!) : item is IEntityId { Value: null }))
        {
            throw Fault.AtField(IsmsErrorCodes.InvalidList, $"{field} holds an empty value.", field, null);
        }

        if (item is string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw Fault.AtField(IsmsErrorCodes.InvalidList, $"{field} holds an empty text.", field, text);
            }

            WellFormed(text, field);
        }
    }

    public static void DateOrder(NodaTime.LocalDate earlier, NodaTime.LocalDate? later, string earlierField, string laterField)
    {
        if (later is { } l && l < earlier)
        {
            throw Fault.AtField(
                IsmsErrorCodes.DateOrder,
                string.Create(CultureInfo.InvariantCulture, $"{laterField} ({l:uuuu-MM-dd}) must not be before {earlierField} ({earlier:uuuu-MM-dd})."),
                laterField,
                l.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A SHA-256 digest: 64 hexadecimal digits, returned in lower case (the form every writer uses).</summary>
    public static string Sha256(string value, string field)
    {
        if (value is null || value.Length != 64 || value.AsSpan().ContainsAnyExcept(HexDigits))
        {
            throw Fault.AtField(IsmsErrorCodes.InvalidDigest, $"{field} must be a SHA-256 digest of 64 hexadecimal digits (was '{value}').", field, value);
        }

        return value.ToLowerInvariant();
    }

    /// <summary>An absolute URI.</summary>
    public static Uri AbsoluteUri(Uri value, string field)
    {
        ArgumentNullException.ThrowIfNull(value, field);
        if (!value.IsAbsoluteUri)
        {
            throw Fault.AtField(IsmsErrorCodes.RelativeUri, $"{field} must be an absolute URI such as https://... or file:///... (was '{value.OriginalString}').", field, value.OriginalString);
        }

        return value;
    }

    /// <summary>An IANA time zone id that NodaTime's time zone database knows.</summary>
    public static string TimeZone(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(value) is null)
        {
            throw Fault.AtField(IsmsErrorCodes.UnknownTimeZone, $"{field} '{value}' is not an IANA time zone id (e.g. Europe/Berlin, Etc/UTC).", field, value);
        }

        return value;
    }

    public static int? OptionalAtLeast(int? value, int minimum, string field) => value is { } v ? AtLeast(v, minimum, field) : null;
}
