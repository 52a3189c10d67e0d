using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Persistence;

/// <summary>Builds the strict serializer options every document is read and written with.</summary>
internal static class IsmsJsonOptions
{
    /// <summary>
    /// The escaping of every document writer: documents are files people read, so non-ASCII text (titles, names) stays
    /// readable. Not for HTML embedding.
    /// </summary>
    public static JavaScriptEncoder WriterEncoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>A context bound to strict options built from <paramref name="options"/>.</summary>
    /// <param name="options">The limits and choices.</param>
    /// <param name="forReading">
    /// True for the context documents are read with: strings go through <see cref="Reading.DedupStringConverter"/>
    /// (repeated short strings of one document become one instance). Writing and the JSON Schema use the plain one.
    /// </param>
    /// <param name="forWriting">
    /// True for the context documents are written with: no converter in the options (the NodaTime ones are on the
    /// record properties), so System.Text.Json uses the source generator's fast serialization path.
    /// </param>
    public static IsmsJsonContext CreateContext(IsmsDocumentOptions options, bool forReading = false, bool forWriting = false)
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

            // No Encoder and no converters here: either would make System.Text.Json skip the source generator's fast
            // serialization path. The NodaTime converters are declared on the record properties ([JsonConverter]),
            // and the writer escapes with WriterEncoder (set on the Utf8JsonWriter the documents are written to).
        };
        if (!forWriting)
        {
            // Reading and the JSON Schema: the fast path does not apply, and the schema exporter describes the NodaTime
            // values by these (as any value) rather than by the properties' attributes.
            json.Converters.Add(NodaConverters.InstantConverter);
            json.Converters.Add(NodaConverters.LocalDateConverter);
            json.Converters.Add(NodaConverters.RoundtripPeriodConverter);
            json.Converters.Add(NodaConverters.RoundtripDurationConverter);
        }

        if (forReading)
        {
            json.Converters.Add(new Reading.DedupStringConverter());
        }

        return new IsmsJsonContext(json) { CertificationBodyPolicy = options.CertificationBodyPolicy };
    }
}
