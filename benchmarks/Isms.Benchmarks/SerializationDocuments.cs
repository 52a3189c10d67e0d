using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Isms.Core.Catalogs;
using Isms.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Benchmarks;

/// <summary>
/// The models and documents <see cref="SerializationBenchmarks"/> measures, built once per kind and process (the
/// benchmark's setup and the MB/s columns of the host share them): the domain model, its compact Isms.Serialization
/// document, the baseline's plain object mirror and the baseline's document of it.
/// </summary>
/// <threadsafety>Thread-safe: each kind is built once.</threadsafety>
public sealed class SerializationDocuments
{
    /// <summary>The <c>isms</c> kind: the ISMS of <see cref="LargeIsmsGenerator"/>.</summary>
    public const string Isms = "isms";

    /// <summary>The <c>control-catalog</c> kind: 100,000 generated controls.</summary>
    public const string ControlCatalog = "control-catalog";

    /// <summary>Controls in the generated catalog.</summary>
    public const int CatalogControls = 100_000;

    private static readonly ConcurrentDictionary<string, Lazy<SerializationDocuments>> Cache = new(StringComparer.Ordinal);

    private SerializationDocuments(object model, byte[] document, object baseline, byte[] baselineDocument)
    {
        Model = model;
        Document = document;
        Baseline = baseline;
        BaselineDocument = baselineDocument;
    }

    /// <summary>
    /// The baseline's options: <c>new JsonSerializerOptions()</c> (reflection, PascalCase names, nulls written,
    /// nothing strict) plus only the NodaTime converters the model's dates need to be written at all (the same
    /// ISO-8601 converters Isms.Serialization uses); nothing else is changed.
    /// </summary>
    public static JsonSerializerOptions BaselineOptions { get; } = new()
    {
        Converters =
        {
            NodaConverters.InstantConverter,
            NodaConverters.LocalDateConverter,
            NodaConverters.RoundtripPeriodConverter,
            NodaConverters.RoundtripDurationConverter,
        },
    };

    /// <summary>The serializer under test: default limits and strictness, compact output (<c>WriteIndented = false</c>).</summary>
    public static IsmsDocumentSerializer Compact { get; } = new(new IsmsDocumentOptions { WriteIndented = false });

    /// <summary>The domain model (<c>InformationSecurityManagementSystem</c> or <c>ControlCatalog</c>).</summary>
    public object Model { get; }

    /// <summary>The model as a compact Isms.Serialization document.</summary>
    public byte[] Document { get; }

    /// <summary>The baseline's plain object mirror of the same document.</summary>
    public object Baseline { get; }

    /// <summary>The baseline's compact document (reflection, default options).</summary>
    public byte[] BaselineDocument { get; }

    /// <summary>The models and documents of <paramref name="kind"/>, built on first use.</summary>
    /// <param name="kind"><see cref="Isms"/> or <see cref="ControlCatalog"/>.</param>
    public static SerializationDocuments For(string kind) =>
        Cache.GetOrAdd(kind, k => new Lazy<SerializationDocuments>(() => Build(k))).Value;

    private static SerializationDocuments Build(string kind)
    {
        object model = kind switch
        {
            Isms => LargeIsmsGenerator.Create(),
            ControlCatalog => new ControlCatalog("bench", "Benchmark catalog", "generated", Enumerable.Range(1, CatalogControls).Select(i => new CatalogControl(
                new ControlId(string.Create(CultureInfo.InvariantCulture, $"C.{i}")),
                "Technological",
                string.Create(CultureInfo.InvariantCulture, $"Control number {i}: protection of information systems during audit testing")))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "isms or control-catalog"),
        };
        var document = model is ControlCatalog catalog ? Compact.Serialize(catalog) : Compact.Serialize((Isms.Core.InformationSecurityManagementSystem)model);

        // The mirror is filled from our own document (camelCase in, so web defaults); the baseline then writes it its way.
        var fill = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        foreach (var converter in BaselineOptions.Converters)
        {
            fill.Converters.Add(converter);
        }

        object baseline = kind == Isms
            ? JsonSerializer.Deserialize<BaselineIsmsModel.BaselineIsms>(document, fill)!
            : JsonSerializer.Deserialize<SerializationBenchmarks.BaselineCatalog>(document, fill)!;
        var baselineDocument = JsonSerializer.SerializeToUtf8Bytes(baseline, baseline.GetType(), BaselineOptions);
        return new SerializationDocuments(model, document, baseline, baselineDocument);
    }
}
