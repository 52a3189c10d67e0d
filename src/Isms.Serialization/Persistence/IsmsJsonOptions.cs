using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Persistence;

/// <summary>Builds the strict serializer options every document is read and written with.</summary>
internal static class IsmsJsonOptions
{
    /// <summary>A context bound to strict options built from <paramref name="options"/>.</summary>
    /// <param name="options">The limits and choices.</param>
    /// <param name="forReading">
    /// True for the context documents are read with: strings go through <see cref="Reading.DedupStringConverter"/>
    /// (repeated short strings of one document become one instance). Writing and the JSON Schema use the plain one.
    /// </param>
    /// <param name="handWrittenRegisters">
    /// True to read and write the largest registers of the <c>isms</c> kind (risks, assets) with the hand-written
    /// converters (<see cref="Formats.RegisterConverter{T}"/>). Never for the JSON Schema (a converter hides the
    /// record's shape) nor for the context errors are translated with.
    /// </param>
    public static IsmsJsonContext CreateContext(IsmsDocumentOptions options, bool forReading = false, bool handWrittenRegisters = false)
    {
        var json = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            PreferredObjectCreationHandling = JsonObjectCreationHandling.Replace,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            IncludeFields = false,
            MaxDepth = options.MaxDepth + 1,
            WriteIndented = options.WriteIndented,
            IndentSize = 2,
            NewLine = "\n",

            // Documents are files people read: keep non-ASCII text (titles, names) readable. Not for HTML embedding.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        json.Converters.Add(NodaConverters.InstantConverter);
        json.Converters.Add(new IsoLocalDateConverter());
        json.Converters.Add(NodaConverters.LocalDateTimeConverter);
        json.Converters.Add(NodaConverters.RoundtripPeriodConverter);
        json.Converters.Add(NodaConverters.RoundtripDurationConverter);
        if (forReading)
        {
            json.Converters.Add(new Reading.DedupStringConverter());
        }

        if (handWrittenRegisters)
        {
            json.Converters.Add(new Formats.RiskRegisterConverter());
            json.Converters.Add(new Formats.AssetRegisterConverter());
        }

        return new IsmsJsonContext(json) { CertificationBodyPolicy = options.CertificationBodyPolicy };
    }
}
