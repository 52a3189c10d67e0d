using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Isms.Core.Catalogs;
using Isms.Serialization;

namespace Isms.Benchmarks;

/// <summary>
/// Writing and reading documents with Isms.Serialization (strict scan, source-generated metadata, mapping to the
/// domain model) against the baseline: System.Text.Json with reflection and default options on the same model
/// shape (a plain persistence record, no limits, no strictness). Until the ISMS kind lands, the control-catalog
/// kind is measured; MB/s = document bytes / mean time; bytes allocated per byte = Allocated / document bytes.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionDefaults = new();
    private ControlCatalog _catalog = null!;
    private BaselineCatalog _baseline = null!;
    private byte[] _document = null!;
    private byte[] _baselineDocument = null!;
    private IsmsDocumentSerializer _compact = null!;

    /// <summary>Controls in the catalog.</summary>
    [Params(1_000, 100_000)]
    public int Controls { get; set; }

    /// <summary>Builds the catalog and its documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _catalog = new ControlCatalog("bench", "Benchmark catalog", "generated", Enumerable.Range(1, Controls).Select(i => new CatalogControl(
            new ControlId(string.Create(CultureInfo.InvariantCulture, $"C.{i}")),
            "Technological",
            string.Create(CultureInfo.InvariantCulture, $"Control number {i}: protection of information systems during audit testing"))));
        _baseline = new BaselineCatalog
        {
            SchemaVersion = 2,
            Kind = "control-catalog",
            Id = _catalog.Id,
            Name = _catalog.Name,
            Source = _catalog.Source,
            Controls = [.. _catalog.Controls.Select(c => new BaselineControl { Id = c.Id.Value, Theme = c.Theme, Title = c.Title })],
        };
        _compact = new IsmsDocumentSerializer(new IsmsDocumentOptions { WriteIndented = false });
        _document = _compact.Serialize(_catalog);
        _baselineDocument = JsonSerializer.SerializeToUtf8Bytes(_baseline, ReflectionDefaults);
    }

    /// <summary>Baseline: reflection-based System.Text.Json, default options, read.</summary>
    [Benchmark(Baseline = true)]
    public BaselineCatalog? ReadBaseline() => JsonSerializer.Deserialize<BaselineCatalog>(_baselineDocument, ReflectionDefaults);

    /// <summary>Isms.Serialization: strict read into the domain model.</summary>
    [Benchmark]
    public ControlCatalog Read() => _compact.Deserialize<ControlCatalog>(_document);

    /// <summary>Baseline: reflection-based System.Text.Json, default options, write.</summary>
    [Benchmark]
    public byte[] WriteBaseline() => JsonSerializer.SerializeToUtf8Bytes(_baseline, ReflectionDefaults);

    /// <summary>Isms.Serialization: write from the domain model.</summary>
    [Benchmark]
    public byte[] Write() => _compact.Serialize(_catalog);

    /// <summary>The baseline's plain persistence record (the same shape as the document).</summary>
    public sealed class BaselineCatalog
    {
        /// <summary>Schema version.</summary>
        public int SchemaVersion { get; set; }

        /// <summary>Kind.</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>Catalog id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>Source.</summary>
        public string Source { get; set; } = string.Empty;

        /// <summary>Controls.</summary>
        public List<BaselineControl> Controls { get; set; } = [];
    }

    /// <summary>The baseline's control record.</summary>
    public sealed class BaselineControl
    {
        /// <summary>Id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Theme.</summary>
        public string Theme { get; set; } = string.Empty;

        /// <summary>Title.</summary>
        public string Title { get; set; } = string.Empty;
    }
}
