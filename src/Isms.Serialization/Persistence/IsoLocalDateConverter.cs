using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Persistence;

/// <summary>
/// The <see cref="LocalDate"/> converter of the persistence records: writes ISO dates of years 0000-9999 as
/// <c>yyyy-MM-dd</c> straight into the writer's UTF-8 buffer (no pattern engine, no intermediate string), the same
/// text as <see cref="NodaConverters.LocalDateConverter"/>, which does everything else (reading, other years and
/// calendars, so the accepted texts and the errors are unchanged).
/// </summary>
/// <threadsafety>Stateless; safe to share.</threadsafety>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Inner = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

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
}
