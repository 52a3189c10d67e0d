using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Persistence;

/// <summary>
/// The <see cref="LocalDate"/> converter of the persistence records, declared on each property with
/// <see cref="JsonConverterAttribute"/> (not in the options) so the source generator's fast serialization path stays
/// usable. Delegates to <see cref="NodaConverters.LocalDateConverter"/>, so the text is the same.
/// </summary>
/// <threadsafety>Stateless; safe to share.</threadsafety>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Inner = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}
