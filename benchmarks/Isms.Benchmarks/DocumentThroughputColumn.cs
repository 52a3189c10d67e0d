using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Isms.Benchmarks;

/// <summary>
/// Columns derived from the measured mean and allocation of a <see cref="SerializationBenchmarks"/> case and the
/// size of the document it reads or writes: the document's bytes, MB/s (10^6 bytes of JSON / mean) and bytes
/// allocated per byte of JSON. Baseline methods use the baseline's own document, the others Isms.Serialization's.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocumentThroughputColumn : IColumn
{
    private readonly Measure _measure;

    private DocumentThroughputColumn(Measure measure) => _measure = measure;

    /// <summary>What a column shows.</summary>
    private enum Measure
    {
        Bytes,
        MegabytesPerSecond,
        AllocatedPerByte,
    }

    /// <summary>The JSON document's size in bytes.</summary>
    public static IColumn DocumentBytes { get; } = new DocumentThroughputColumn(Measure.Bytes);

    /// <summary>Throughput: 10^6 bytes of JSON per second of mean time.</summary>
    public static IColumn MegabytesPerSecond { get; } = new DocumentThroughputColumn(Measure.MegabytesPerSecond);

    /// <summary>Bytes allocated per byte of JSON read or written.</summary>
    public static IColumn AllocatedPerByte { get; } = new DocumentThroughputColumn(Measure.AllocatedPerByte);

    /// <inheritdoc />
    public string Id => "DocumentThroughput." + _measure;

    /// <inheritdoc />
    public string ColumnName => _measure switch
    {
        Measure.Bytes => "JSON bytes",
        Measure.MegabytesPerSecond => "MB/s",
        _ => "Alloc B/B",
    };

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => (int)_measure;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => _measure switch
    {
        Measure.Bytes => "Size of the compact JSON document read or written",
        Measure.MegabytesPerSecond => "10^6 bytes of JSON / Mean",
        _ => "Allocated / JSON bytes",
    };

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var kind = benchmarkCase.Parameters["Kind"] as string ?? SerializationDocuments.Isms;
        var documents = SerializationDocuments.For(kind);
        var baseline = benchmarkCase.Descriptor.WorkloadMethod.Name.EndsWith("Baseline", StringComparison.Ordinal);
        double bytes = baseline ? documents.BaselineDocument.Length : documents.Document.Length;
        if (_measure == Measure.Bytes)
        {
            return bytes.ToString("N0", CultureInfo.InvariantCulture);
        }

        var report = summary[benchmarkCase];
        if (report is null)
        {
            return "-";
        }

        if (_measure == Measure.MegabytesPerSecond)
        {
            return report.ResultStatistics is { } stats ? (bytes / 1e6 / (stats.Mean / 1e9)).ToString("N1", CultureInfo.InvariantCulture) : "-";
        }

        return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated
            ? (allocated / bytes).ToString("N2", CultureInfo.InvariantCulture)
            : "-";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}
