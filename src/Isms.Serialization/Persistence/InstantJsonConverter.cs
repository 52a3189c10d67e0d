using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Persistence;

/// <summary>
/// The <see cref="Instant"/> converter of the persistence records, declared on each property with
/// <see cref="JsonConverterAttribute"/> (not in the options) so the source generator's fast serialization path stays
/// usable. Delegates to <see cref="NodaConverters.InstantConverter"/>, so the text is the same.
/// </summary>
/// <threadsafety>Stateless; safe to share.</threadsafety>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private static readonly JsonConverter<Instant> Inner = (JsonConverter<Instant>)NodaConverters.InstantConverter;

    /// <inheritdoc/>
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}
