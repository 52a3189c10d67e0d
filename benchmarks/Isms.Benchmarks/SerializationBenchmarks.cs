using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Isms.Core;
using Isms.Core.Catalogs;

namespace Isms.Benchmarks;

/// <summary>
/// Writing and reading whole documents with Isms.Serialization against a baseline, both compact
/// (Isms.Serialization with <c>WriteIndented = false</c>; the baseline's default options do not indent).
/// </summary>
/// <remarks>
/// <para><b>Kind</b> <c>isms</c>: the ISMS of issue 7 (<see cref="LargeIsmsGenerator"/>: 10,000 assets, 50,000 risks,
/// the full SoA on the 93 Annex A 2022 controls, 1,000 nonconformities, and the people, roles, applied controls and
/// treatment actions they refer to). <c>control-catalog</c>: 100,000 generated controls.</para>
/// <para><b>Read</b> = <c>IsmsDocumentSerializer.Deserialize</c>: the limits scan (size, depth, items, token length,
/// UTF-8), source-generated strict deserialization into the persistence records (unknown, missing and duplicate
/// members are errors), mapping into the domain model with every guard, and the ISMS's whole validation
/// (<c>IsmsBuilder.Build</c>: every cross-reference). <b>Write</b> = <c>IsmsDocumentSerializer.Serialize</c>: domain
/// model to persistence records to UTF-8 bytes, returned as a <c>byte[]</c>.</para>
/// <para><b>Baseline</b> = reflection-based <c>System.Text.Json.JsonSerializer</c> with default options
/// (<see cref="SerializationDocuments.BaselineOptions"/>: <c>new JsonSerializerOptions()</c> plus the NodaTime
/// converters the dates need, nothing else) on a plain mutable class mirror of the same document
/// (<see cref="BaselineIsmsModel"/>, <see cref="BaselineCatalog"/>): <c>Deserialize&lt;T&gt;(byte[])</c> into the
/// mirror and <c>SerializeToUtf8Bytes</c> from it. The baseline builds no domain model, checks no limit, reference or
/// rule, and its document has PascalCase names and writes nulls, so its size differs; the MB/s and B/B columns use
/// each side's own document (<see cref="DocumentThroughputColumn"/>).</para>
/// <para>Run: <c>dotnet run -c Release --project benchmarks/Isms.Benchmarks -- --filter '*SerializationBenchmarks*'</c>
/// (add <c>--job short</c> during development). Read and Write are separate categories, each with its own baseline.</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(Columns))]
public class SerializationBenchmarks
{
    private SerializationDocuments _documents = null!;

    /// <summary>The document kind: <c>isms</c> or <c>control-catalog</c>.</summary>
    [Params(SerializationDocuments.Isms, SerializationDocuments.ControlCatalog)]
    public string Kind { get; set; } = SerializationDocuments.Isms;

    /// <summary>Builds (once per process) the model and both documents.</summary>
    [GlobalSetup]
    public void Setup() => _documents = SerializationDocuments.For(Kind);

    /// <summary>Baseline: reflection-based System.Text.Json, default options, read into the plain mirror.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public object? ReadBaseline() => Kind == SerializationDocuments.Isms
        ? JsonSerializer.Deserialize<BaselineIsmsModel.BaselineIsms>(_documents.BaselineDocument, SerializationDocuments.BaselineOptions)
        : JsonSerializer.Deserialize<BaselineCatalog>(_documents.BaselineDocument, SerializationDocuments.BaselineOptions);

    /// <summary>Isms.Serialization: strict read into the validated domain model.</summary>
    [Benchmark]
    [BenchmarkCategory("Read")]
    public object Read() => Kind == SerializationDocuments.Isms
        ? SerializationDocuments.Compact.Deserialize<InformationSecurityManagementSystem>(_documents.Document)
        : SerializationDocuments.Compact.Deserialize<ControlCatalog>(_documents.Document);

    /// <summary>Baseline: reflection-based System.Text.Json, default options, write from the plain mirror.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public byte[] WriteBaseline() => Kind == SerializationDocuments.Isms
        ? JsonSerializer.SerializeToUtf8Bytes((BaselineIsmsModel.BaselineIsms)_documents.Baseline, SerializationDocuments.BaselineOptions)
        : JsonSerializer.SerializeToUtf8Bytes((BaselineCatalog)_documents.Baseline, SerializationDocuments.BaselineOptions);

    /// <summary>Isms.Serialization: write from the domain model.</summary>
    [Benchmark]
    [BenchmarkCategory("Write")]
    public byte[] Write() => Kind == SerializationDocuments.Isms
        ? SerializationDocuments.Compact.Serialize((InformationSecurityManagementSystem)_documents.Model)
        : SerializationDocuments.Compact.Serialize((ControlCatalog)_documents.Model);

    /// <summary>The MB/s and bytes-per-byte columns.</summary>
    /// <threadsafety>Configuration only.</threadsafety>
    public sealed class Columns : ManualConfig
    {
        /// <summary>Adds the document columns.</summary>
        public Columns() => AddColumn(DocumentThroughputColumn.DocumentBytes, DocumentThroughputColumn.MegabytesPerSecond, DocumentThroughputColumn.AllocatedPerByte);
    }

    /// <summary>The baseline's plain persistence record of the control catalog (the same shape as the document).</summary>
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
