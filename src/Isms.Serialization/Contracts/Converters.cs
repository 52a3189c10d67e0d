using System.Text.Json;
using System.Text.Json.Serialization;
using Isms.Core;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Serialization.Contracts;

/// <summary>Writes a strongly typed id as its plain string (<c>"R-01"</c>, never <c>{"value":"R-01"}</c>), also as a
/// dictionary key, and reads it back through the id's constructor (so its rules hold).</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class EntityIdJsonConverter<TId>(Func<string, TId> create, Func<TId, string> value) : JsonConverter<TId>
    where TId : struct
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{typeof(TId).Name} must be a JSON string");
        }

        return Create(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, TId id, JsonSerializerOptions options) => writer.WriteStringValue(value(id));

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Create(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId id, JsonSerializerOptions options) => writer.WritePropertyName(value(id));

    private TId Create(string text)
    {
        try
        {
            return create(text);
        }
        catch (IsmsException ex)
        {
            throw new JsonException($"'{text}' is not a valid {typeof(TId).Name}: {ex.Error.Code}", ex);
        }
    }
}

/// <summary>Writes a likelihood, consequence or risk level as its number on the organisation's scale (its name
/// depends on the criteria, so contracts carry the name beside it).</summary>
internal sealed class LevelJsonConverter<TLevel>(Func<int, TLevel> create, Func<TLevel, int> value) : JsonConverter<TLevel>
    where TLevel : struct
{
    public override TLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => create(reader.GetInt32());

    public override void Write(Utf8JsonWriter writer, TLevel level, JsonSerializerOptions options) => writer.WriteNumberValue(value(level));
}

/// <summary>The level converters.</summary>
internal static class LevelConverters
{
    public static JsonConverter[] All { get; } =
    [
        new LevelJsonConverter<LikelihoodLevel>(v => new LikelihoodLevel(v), l => l.Value),
        new LevelJsonConverter<ConsequenceLevel>(v => new ConsequenceLevel(v), l => l.Value),
        new LevelJsonConverter<RiskLevel>(v => new RiskLevel(v), l => l.Value),
    ];
}

/// <summary><see cref="NodaTime.Instant"/> as an ISO-8601 UTC string (<c>2026-11-28T09:00:00Z</c>).</summary>
internal sealed class InstantIsoJsonConverter : JsonConverter<NodaTime.Instant>
{
    private static readonly JsonConverter<NodaTime.Instant> Inner = (JsonConverter<NodaTime.Instant>)NodaTime.Serialization.SystemTextJson.NodaConverters.InstantConverter;

    public override NodaTime.Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, NodaTime.Instant value, JsonSerializerOptions options) => Inner.Write(writer, value, options);
}

/// <summary><see cref="NodaTime.LocalDate"/> as an ISO-8601 date (<c>2026-11-28</c>).</summary>
internal sealed class LocalDateIsoJsonConverter : JsonConverter<NodaTime.LocalDate>
{
    private static readonly JsonConverter<NodaTime.LocalDate> Inner = (JsonConverter<NodaTime.LocalDate>)NodaTime.Serialization.SystemTextJson.NodaConverters.LocalDateConverter;

    public override NodaTime.LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, NodaTime.LocalDate value, JsonSerializerOptions options) => Inner.Write(writer, value, options);
}
