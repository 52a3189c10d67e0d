using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Persistence;

/// <summary>
/// The <see cref="LocalDate"/> converter of the persistence records: writes ISO dates of years 0000-9999 as
/// <c>yyyy-MM-dd</c> straight into the writer's UTF-8 buffer (no pattern engine, no intermediate string), the same
/// text as <see cref="NodaConverters.LocalDateConverter"/>; reads an unescaped <c>yyyy-MM-dd</c> of a real ISO date
/// from the UTF-8 bytes. Everything else (other texts, years and calendars) goes to the NodaTime converter, so the
/// accepted texts and the errors are unchanged.
/// </summary>
/// <threadsafety>Stateless; safe to share.</threadsafety>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Inner = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The common case, an unescaped 10-byte yyyy-MM-dd naming a real ISO date, is parsed from the UTF-8 bytes; any
        // other text (other lengths, signs, escapes, invalid dates) goes to NodaTime, which accepts or reports it as before.
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && TryParse(reader.ValueSpan, out var date))
        {
            return date;
        }

        return Inner.Read(ref reader, typeToConvert, options);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        var year = value.Year;
        if (year is < 0 or > 9999 || value.Calendar != CalendarSystem.Iso)
        {
            Inner.Write(writer, value, options);
            return;
        }

        Span<byte> text = stackalloc byte[10];
        var month = value.Month;
        var day = value.Day;
        text[0] = (byte)('0' + (year / 1000));
        text[1] = (byte)('0' + (year / 100 % 10));
        text[2] = (byte)('0' + (year / 10 % 10));
        text[3] = (byte)('0' + (year % 10));
        text[4] = (byte)'-';
        text[5] = (byte)('0' + (month / 10));
        text[6] = (byte)('0' + (month % 10));
        text[7] = (byte)'-';
        text[8] = (byte)('0' + (day / 10));
        text[9] = (byte)('0' + (day % 10));
        writer.WriteStringValue(text);
    }

    private static bool TryParse(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
