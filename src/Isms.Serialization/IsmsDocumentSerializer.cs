using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Ardalis.GuardClauses;
using Isms.Serialization.Formats;
using Isms.Serialization.Persistence;
using Isms.Serialization.Reading;
using Isms.Serialization.Writing;
using NodaTime;

namespace Isms.Serialization;

/// <summary>
/// Reads and writes the versioned JSON documents of Isms.Core: one per ISMS, certification record, risk
/// methodology, control catalog or scenario set (<see cref="DocumentKinds"/>), each with a required
/// <c>schemaVersion</c> and <c>kind</c> at the root.
/// </summary>
/// <remarks>
/// <para>Reading is strict and safe: the document is first scanned against the limits of
/// <see cref="IsmsDocumentOptions"/> (size, depth, items, token length, UTF-8, syntax); an older schema version is
/// migrated step by step; unknown members, missing required members, duplicate keys, wrong types, values out of
/// range, dangling references and unknown kinds or versions all throw <see cref="IsmsDocumentException"/> naming
/// the JSON path, line and position. A read either returns a complete model or throws.</para>
/// <para>Writing produces camelCase members, enums as strings, NodaTime values as ISO-8601 strings and ids as
/// strings, with <c>schemaVersion</c> and <c>kind</c> first. Source-generated metadata: trimming and AOT safe.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class IsmsDocumentSerializer
{
    private static readonly DocumentFormat[] Formats = [ControlCatalogFormat.Instance, RiskMethodologyFormat.Instance, IsmsFormat.Instance, ScenarioSetFormat.Instance, CertificationRecordFormat.Instance, CertificationRecordDocumentFormat.Instance];

    private readonly IsmsDocumentOptions _options;
    private readonly IsmsJsonContext _context;
    private readonly IsmsJsonContext _readContext;
    private readonly IsmsJsonContext _genericReadContext;
    private readonly IsmsJsonContext _writeContext;
    private readonly bool _singlePass;

    /// <summary>Creates a serializer with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits and choices; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public IsmsDocumentSerializer(IsmsDocumentOptions? options = null)
        : this(options, handWrittenRegisters: true)
    {
    }

    /// <summary>
    /// A serializer that reads and writes the largest registers with the hand-written converters (the default), or,
    /// when <paramref name="handWrittenRegisters"/> is false, everything through the generic source-generated path
    /// (tests compare the two).
    /// </summary>
    internal IsmsDocumentSerializer(IsmsDocumentOptions? options, bool handWrittenRegisters)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
        _context = IsmsJsonOptions.CreateContext(_options);
        _genericReadContext = IsmsJsonOptions.CreateContext(_options, forReading: true);
        _readContext = handWrittenRegisters ? IsmsJsonOptions.CreateContext(_options, forReading: true, handWrittenRegisters: true) : _genericReadContext;
        _writeContext = handWrittenRegisters ? IsmsJsonOptions.CreateContext(_options, handWrittenRegisters: true) : _context;
        _singlePass = handWrittenRegisters;
    }

    /// <summary>A serializer with the default options.</summary>
    public static IsmsDocumentSerializer Default { get; } = new();

    /// <summary>The kinds this version of the library reads and writes.</summary>
    public static IReadOnlyList<string> SupportedKinds { get; } = [.. Formats.Select(f => f.Kind).Distinct()];

    /// <summary>The schema version this library writes for <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="SupportedKinds"/>.</exception>
    public static int CurrentSchemaVersion(string kind) => FormatOf(kind).CurrentVersion;

    /// <summary>The document kind a model type is written as, e.g. <c>control-catalog</c> for <c>ControlCatalog</c>.</summary>
    /// <exception cref="ArgumentException">The type is not a document root.</exception>
    public static string KindOf(Type modelType)
    {
        Guard.Against.Null(modelType);
        return FormatOf(modelType).Kind;
    }

    /// <summary>Writes <paramref name="model"/> as a UTF-8 JSON document of the current schema version.</summary>
    /// <typeparam name="TModel">A document root type, e.g. <c>ControlCatalog</c>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="TModel"/> is not a document root type.</exception>
    public byte[] Serialize<TModel>(TModel model)
        where TModel : class
    {
        Guard.Against.Null(model);
        using var buffer = new PooledSegmentWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            FormatOf(typeof(TModel)).Write(writer, model, _writeContext);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="model"/> to <paramref name="utf8Json"/> (which stays open).</summary>
    /// <typeparam name="TModel">A document root type.</typeparam>
    public void Serialize<TModel>(Stream utf8Json, TModel model)
        where TModel : class
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(model);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        FormatOf(typeof(TModel)).Write(writer, model, _writeContext);
    }

    /// <summary>Reads a document that must be of the kind of <typeparamref name="TModel"/>.</summary>
    /// <typeparam name="TModel">A document root type, e.g. <c>ControlCatalog</c>.</typeparam>
    /// <param name="utf8Json">The document's UTF-8 bytes.</param>
    /// <exception cref="IsmsDocumentException">The document is malformed, breaks a limit, is of another kind or breaks a rule.</exception>
    public TModel Deserialize<TModel>(ReadOnlySpan<byte> utf8Json)
        where TModel : class
    {
        var format = FormatOf(typeof(TModel));
        return (TModel)ReadCore(utf8Json, format).Model;
    }

    /// <summary>Reads a document of the kind of <typeparamref name="TModel"/> from a stream (read to its end, within the size limit).</summary>
    /// <exception cref="IsmsDocumentException">The document is malformed, too large, of another kind or breaks a rule.</exception>
    public TModel Deserialize<TModel>(Stream utf8Json)
        where TModel : class
    {
        var format = FormatOf(typeof(TModel));
        var (buffer, length) = ReadAll(utf8Json);
        try
        {
            return (TModel)ReadCore(buffer.AsSpan(0, length), format).Model;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a document of any supported kind.</summary>
    /// <exception cref="IsmsDocumentException">The document is malformed, breaks a limit, or breaks a rule.</exception>
    public IsmsDocument Deserialize(ReadOnlySpan<byte> utf8Json) => ReadCore(utf8Json, null);

    /// <summary>Reads a document of any supported kind from a stream (read to its end, within the size limit).</summary>
    /// <exception cref="IsmsDocumentException">The document is malformed, too large, or breaks a rule.</exception>
    public IsmsDocument Deserialize(Stream utf8Json)
    {
        var (buffer, length) = ReadAll(utf8Json);
        try
        {
            return ReadCore(buffer.AsSpan(0, length), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads a document of the kind of <typeparamref name="TModel"/> from a stream asynchronously: the stream is read
    /// without blocking a thread, never more than one byte past <see cref="IsmsDocumentOptions.MaxDocumentBytes"/> (a
    /// larger input is refused with <see cref="DocumentErrorCodes.DocumentTooLarge"/> as soon as the limit is passed,
    /// so memory stays bounded by the limit), then checked and read strictly as <see cref="Deserialize{TModel}(ReadOnlySpan{byte})"/>.
    /// </summary>
    /// <typeparam name="TModel">A document root type, e.g. <c>InformationSecurityManagementSystem</c>.</typeparam>
    /// <param name="utf8Json">The stream (left open), e.g. an HTTP request body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="IsmsDocumentException">The document is malformed, too large, of another kind or breaks a rule.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET convention: an optional CancellationToken last on every async overload.")]
    public async Task<TModel> DeserializeAsync<TModel>(Stream utf8Json, CancellationToken cancellationToken = default)
        where TModel : class
    {
        var format = FormatOf(typeof(TModel));
        var (buffer, length) = await TextInput.ReadAllAsync(utf8Json, _options.MaxDocumentBytes, TextKind.Json, null, cancellationToken).ConfigureAwait(false);
        return (TModel)ReadRented(buffer, length, format, cancellationToken).Model;
    }

    /// <summary>Reads a document of any supported kind from a stream asynchronously, within the limits (see
    /// <see cref="DeserializeAsync{TModel}(Stream, CancellationToken)"/>).</summary>
    /// <param name="utf8Json">The stream (left open).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="IsmsDocumentException">The document is malformed, too large, or breaks a rule.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET convention: an optional CancellationToken last on every async overload.")]
    public async Task<IsmsDocument> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        var (buffer, length) = await TextInput.ReadAllAsync(utf8Json, _options.MaxDocumentBytes, TextKind.Json, null, cancellationToken).ConfigureAwait(false);
        return ReadRented(buffer, length, null, cancellationToken);
    }

    /// <summary>
    /// Reads a document of the kind of <typeparamref name="TModel"/> from a pipe (ASP.NET Core's <c>Request.BodyReader</c>)
    /// asynchronously, refusing it with <see cref="DocumentErrorCodes.DocumentTooLarge"/> as soon as more than
    /// <see cref="IsmsDocumentOptions.MaxDocumentBytes"/> are buffered. The pipe is read to its end (not completed).
    /// </summary>
    /// <typeparam name="TModel">A document root type.</typeparam>
    /// <param name="utf8Json">The pipe.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="IsmsDocumentException">The document is malformed, too large, of another kind or breaks a rule.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The .NET convention: an optional CancellationToken last on every async overload.")]
    public async Task<TModel> DeserializeAsync<TModel>(System.IO.Pipelines.PipeReader utf8Json, CancellationToken cancellationToken = default)
        where TModel : class
    {
        var format = FormatOf(typeof(TModel));
        var (buffer, length) = await TextInput.ReadAllAsync(utf8Json, _options.MaxDocumentBytes, TextKind.Json, null, cancellationToken).ConfigureAwait(false);
        return (TModel)ReadRented(buffer, length, format, cancellationToken).Model;
    }

    /// <summary>
    /// Writes <paramref name="model"/> to <paramref name="utf8Json"/> (which stays open) asynchronously: the document is
    /// built in pooled memory, then written without blocking a thread, and the stream is flushed.
    /// </summary>
    /// <typeparam name="TModel">A document root type.</typeparam>
    /// <param name="utf8Json">The stream, e.g. an HTTP response body.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task SerializeAsync<TModel>(Stream utf8Json, TModel model, CancellationToken cancellationToken = default)
        where TModel : class
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(model);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new PooledSegmentWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            FormatOf(typeof(TModel)).Write(writer, model, _writeContext);
        }

        await buffer.CopyToAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private IsmsDocument ReadRented(byte[] buffer, int length, DocumentFormat? format, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ReadCore(buffer.AsSpan(0, length), format);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the current schema version of <paramref name="kind"/>, generated from the
    /// persistence records. The same text is committed under <c>docs/schema/&lt;kind&gt;.schema.json</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="SupportedKinds"/>.</exception>
    public static string GetJsonSchema(string kind)
    {
        var format = FormatOf(kind);
        var context = SchemaContext.Value;
        var schema = context.Options.GetJsonSchemaAsNode(format.GetTypeInfo(context).Type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = NodaTimeSchema,
        }).AsObject();
        var ordered = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://isms-core.github.io/schema/{kind}.schema.json",
            ["title"] = string.Create(CultureInfo.InvariantCulture, $"Isms.Core {kind} document, schemaVersion {format.CurrentVersion}"),
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            ordered[name] = value;
        }

        if (ordered["properties"] is JsonObject properties)
        {
            properties["schemaVersion"] = new JsonObject { ["type"] = "integer", ["const"] = format.CurrentVersion };
            properties["kind"] = new JsonObject { ["type"] = "string", ["const"] = kind };
        }

        SchemaConditions.Apply(ordered);

        return ordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", IndentSize = 2 }) + "\n";
    }

    /// <summary>
    /// The exporter knows nothing of the NodaTime converters and writes <c>true</c> (any value) for their members; say
    /// what they really are, the ISO 8601 strings the converters read and write, so that a client generator (and the
    /// OpenAPI document built from this schema) sees a date as a date.
    /// </summary>
    private static JsonNode NodaTimeSchema(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var nullable = type != context.TypeInfo.Type;
        JsonObject? schema = type == typeof(LocalDate) ? new JsonObject { ["format"] = "date" }
            : type == typeof(Instant) ? new JsonObject { ["format"] = "date-time" }
            : type == typeof(Period) ? new JsonObject { ["description"] = "A period in ISO 8601 form (e.g. P6M, P90D; NodaTime's round-trip pattern)." }
            : type == typeof(LocalDateTime) ? new JsonObject { ["description"] = "An ISO 8601 local date and time without an offset (e.g. 2026-03-01T09:00:00)." }
            : null;
        if (schema is null)
        {
            return node;
        }

        schema.Insert(0, "type", nullable ? new JsonArray("string", "null") : "string");
        return schema;
    }

    private static readonly Lazy<IsmsJsonContext> SchemaContext = new(() => IsmsJsonOptions.CreateContext(new IsmsDocumentOptions()));

    internal long MaxDocumentBytes => _options.MaxDocumentBytes;

    private JsonWriterOptions WriterOptions => new()
    {
        Indented = _options.WriteIndented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = _context.Options.Encoder,
        SkipValidation = true,
    };

    private IsmsDocument ReadCore(ReadOnlySpan<byte> utf8, DocumentFormat? expected)
    {
        if (_singlePass && (expected is null || expected == IsmsFormat.Instance) && TryReadIsmsSinglePass(utf8) is { } isms)
        {
            return new IsmsDocument(IsmsFormat.Instance.Kind, IsmsFormat.Instance.CurrentVersion, IsmsFormat.Instance.CurrentVersion, isms);
        }

        var header = DocumentScanner.Scan(utf8, _options);
        var format = ResolveKind(utf8, header, expected);
        var version = header.SchemaVersion;
        if (version is null)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.UnsupportedSchemaVersion, "$", 1, 1,
                "the document has no schemaVersion", string.Create(CultureInfo.InvariantCulture, $"\"schemaVersion\": {format.CurrentVersion} at the root"));
        }

        if (version < 1 || version > format.CurrentVersion)
        {
            var (line, position) = TextPosition.At(utf8, header.VersionOffset);
            throw new IsmsDocumentException(DocumentErrorCodes.UnsupportedSchemaVersion, "$.schemaVersion", line, position,
                version > format.CurrentVersion
                    ? string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} is newer than this library reads (a newer Isms.Serialization wrote it)")
                    : string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} does not exist"),
                string.Create(CultureInfo.InvariantCulture, $"a schemaVersion from 1 to {format.CurrentVersion} for kind '{format.Kind}'"));
        }

        var embeddedOlder = CheckEmbeddedVersions(utf8, header, format);
        if (version == format.CurrentVersion && !embeddedOlder)
        {
            return new IsmsDocument(format.Kind, version.Value, format.CurrentVersion, ReadCurrent(utf8, utf8, format, null));
        }

        var (model, embeddedMigrated) = ReadMigrated(utf8, format, version.Value);
        return new IsmsDocument(format.Kind, version.Value, format.CurrentVersion, model) { EmbeddedRecordsMigrated = embeddedMigrated };
    }

    /// <summary>
    /// The single-pass read of an <c>isms</c> document of the current version (the common case of a large document):
    /// the scanner checks the limits and finds the envelope as always, but hands the risk and asset arrays to
    /// <see cref="IsmsRegisterCapture"/>, which reads them straight into the domain types while applying the same
    /// limits; the rest of the document (a few percent of it) is read by the strict source-generated path with those two
    /// arrays left out, then mapped and built with the registers already read. Null when anything is not exactly that:
    /// another kind or version, an older embedded record, any error, limit or guard failure, or anything the capture
    /// declines. The caller then reads the document from the start through the scan and the generic path, which decide
    /// every outcome as before (so an invalid document is reported exactly as before, at the cost of a second read).
    /// </summary>
    private Core.InformationSecurityManagementSystem? TryReadIsmsSinglePass(ReadOnlySpan<byte> utf8)
    {
        // The scanner checks the size and UTF-8 first, as always (a failure is an error: the generic path reports it).
        if (!IsmsRegisterCapture.Applies(_options))
        {
            return null;
        }

        var format = IsmsFormat.Instance;
        using var strings = new StringTable(utf8.Length);
        var capture = new IsmsRegisterCapture(_options, _readContext.Options, strings);
        byte[]? rest = null;
        DedupStringConverter.Current = strings;
        try
        {
            var header = DocumentScanner.Scan(utf8, _options, ScanRules.Document, capture);
            if (header.Kind != format.Kind || header.SchemaVersion != format.CurrentVersion)
            {
                return null;
            }

            foreach (var nested in header.NestedVersions)
            {
                if (nested.Version is { } version && FindEmbedded(format, nested.Path) is { } embedded && version != embedded.Format.CurrentVersion)
                {
                    return null;
                }
            }

            // The document without the two arrays read (each left as []), in document order.
            var (first, second) = capture.AssetsRange.Start <= capture.RisksRange.Start
                ? (capture.AssetsRange, capture.RisksRange)
                : (capture.RisksRange, capture.AssetsRange);
            var length = utf8.Length - (first.End - first.Start) - (second.End - second.Start) + 4;
            rest = ArrayPool<byte>.Shared.Rent(length);
            var written = 0;
            var from = 0;
            foreach (var (start, end) in new[] { first, second })
            {
                if (end == 0)
                {
                    continue; // not in the document: nothing to leave out
                }

                utf8[from..start].CopyTo(rest.AsSpan(written));
                written += start - from;
                "[]"u8.CopyTo(rest.AsSpan(written));
                written += 2;
                from = end;
            }

            utf8[from..].CopyTo(rest.AsSpan(written));
            written += utf8.Length - from;
            var dto = JsonSerializer.Deserialize(rest.AsSpan(0, written), _readContext.IsmsDto);
            return dto is null ? null : format.FromDto(dto, capture.Assets, capture.Risks);
        }
        catch (Exception ex) when (ex is FastPathDeclinedException or IsmsDocumentException or JsonException or MappingException or Core.IsmsException
            or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
        finally
        {
            DedupStringConverter.Current = null;
            if (rest is not null)
            {
                ArrayPool<byte>.Shared.Return(rest);
            }
        }
    }

    /// <summary>
    /// Checks the versions of the records embedded at the format's known paths (found by the scanner): a newer one
    /// than this library knows, or one below 1, is <c>ISMS-DOC-011</c> at its path. True when one is older (it must be migrated).
    /// </summary>
    private static bool CheckEmbeddedVersions(ReadOnlySpan<byte> utf8, DocumentHeaderScan header, DocumentFormat format)
    {
        var older = false;
        foreach (var nested in header.NestedVersions)
        {
            if (nested.Version is not { } version || FindEmbedded(format, nested.Path) is not { } embedded)
            {
                continue;
            }

            if (version < 1 || version > embedded.Format.CurrentVersion)
            {
                var (line, position) = TextPosition.At(utf8, nested.Offset);
                throw EmbeddedVersionError(embedded, version, line, position);
            }

            older |= version < embedded.Format.CurrentVersion;
        }

        return older;
    }

    private static EmbeddedRecord? FindEmbedded(DocumentFormat format, string path)
    {
        foreach (var embedded in format.EmbeddedRecords)
        {
            if (embedded.Path == path)
            {
                return embedded;
            }
        }

        return null;
    }

    private static IsmsDocumentException EmbeddedVersionError(EmbeddedRecord embedded, int version, long? line, long? position) => new(
        DocumentErrorCodes.UnsupportedSchemaVersion, embedded.Path + ".schemaVersion", line, position,
        version > embedded.Format.CurrentVersion
            ? string.Create(CultureInfo.InvariantCulture, $"the embedded '{embedded.Format.Kind}' record has schemaVersion {version}, newer than this library reads (a newer Isms.Serialization wrote it)")
            : string.Create(CultureInfo.InvariantCulture, $"the embedded '{embedded.Format.Kind}' record has schemaVersion {version}, which does not exist"),
        string.Create(CultureInfo.InvariantCulture, $"a schemaVersion from 1 to {embedded.Format.CurrentVersion} for kind '{embedded.Format.Kind}'"));

    /// <summary>
    /// The slow path for older documents and documents with an older embedded record: parse a tree, apply the root's
    /// steps, then each embedded record's own steps, and read the result strictly (errors located in the original).
    /// </summary>
    private (object Model, bool EmbeddedMigrated) ReadMigrated(ReadOnlySpan<byte> utf8, DocumentFormat format, int version)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(utf8, null, new JsonDocumentOptions
            {
                MaxDepth = _options.MaxDepth + 1,
                AllowDuplicateProperties = false,
            })!.AsObject();
        }
        catch (JsonException ex)
        {
            throw JsonErrorTranslator.Translate(ex, utf8, format.GetTypeInfo(_context), null);
        }

        var embeddedMigrated = false;
        var embeddedFrom = new List<(EmbeddedRecord Record, int Version)>();
        try
        {
            format.Migrate(root, version);
            embeddedMigrated = MigrateEmbedded(root, format, embeddedFrom);
        }
        catch (MappingException ex)
        {
            var (line, position) = LocateNearest(utf8, ex.Path);
            throw new IsmsDocumentException(ex.Code, ex.Path, line, position, ex.Problem, ex.Expected, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.MigrationFailed, "$", null, null,
                string.Create(CultureInfo.InvariantCulture, $"the document could not be migrated from schemaVersion {version}: {ex.Message}"),
                string.Create(CultureInfo.InvariantCulture, $"a valid schemaVersion {version} '{format.Kind}' document"), ex);
        }

        var migrated = new ArrayBufferWriter<byte>(utf8.Length + 256);
        using (var writer = new Utf8JsonWriter(migrated))
        {
            root.WriteTo(writer);
        }

        var note = version < format.CurrentVersion
            ? string.Create(CultureInfo.InvariantCulture, $" (in the document migrated from schemaVersion {version})")
            : " (in the document with its embedded records migrated)";
        // An error found in the migrated text names the path the user wrote: embedded records' steps undone first
        // (they ran last), then the document's own.
        string OriginalPath(string path)
        {
            foreach (var (record, from) in embeddedFrom)
            {
                if (path == record.Path || path.StartsWith(record.Path + ".", StringComparison.Ordinal) || path.StartsWith(record.Path + "[", StringComparison.Ordinal))
                {
                    path = record.Path + record.Format.OriginalPath("$" + path[record.Path.Length..], from)[1..];
                }
            }

            return format.OriginalPath(path, version);
        }

        return (ReadCurrent(migrated.WrittenSpan, utf8, format, note, OriginalPath), embeddedMigrated);
    }

    /// <summary>Migrates each older embedded record of the format's kind in place with its own kind's steps.</summary>
    private static bool MigrateEmbedded(JsonObject root, DocumentFormat format, List<(EmbeddedRecord Record, int Version)> migratedFrom)
    {
        var migrated = false;
        foreach (var embedded in format.EmbeddedRecords)
        {
            if (Navigate(root, embedded.Path) is not JsonObject record
                || record["kind"] is not JsonValue kind || !kind.TryGetValue<string>(out var kindName) || kindName != embedded.Format.Kind
                || record["schemaVersion"] is not JsonValue versionNode || !versionNode.TryGetValue<int>(out var version))
            {
                continue; // not there, or not recognisably that kind: strict reading reports what is wrong
            }

            if (version < 1 || version > embedded.Format.CurrentVersion)
            {
                throw new MappingException(DocumentErrorCodes.UnsupportedSchemaVersion, embedded.Path + ".schemaVersion",
                    string.Create(CultureInfo.InvariantCulture, $"the embedded '{embedded.Format.Kind}' record has schemaVersion {version}"),
                    string.Create(CultureInfo.InvariantCulture, $"a schemaVersion from 1 to {embedded.Format.CurrentVersion} for kind '{embedded.Format.Kind}'"));
            }

            if (version < embedded.Format.CurrentVersion)
            {
                try
                {
                    embedded.Format.Migrate(record, version);
                    migratedFrom.Add((embedded, version));
                }
                catch (MappingException ex)
                {
                    // The step names paths relative to the record's own root.
                    throw new MappingException(ex.Code, embedded.Path + ex.Path[1..], ex.Problem + string.Create(CultureInfo.InvariantCulture, $" (embedded '{embedded.Format.Kind}' record of schemaVersion {version})"), ex.Expected, ex.InnerException);
                }

                migrated = true;
            }
        }

        return migrated;
    }

    private static JsonNode? Navigate(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var name in path.Split('.').Skip(1))
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node;
    }

    /// <summary>Reads <paramref name="utf8"/>; errors are located in <paramref name="original"/> (the text before any migration).</summary>
    /// <param name="utf8">The text to read: the original, or the migrated text.</param>
    /// <param name="original">The text as given, for error positions.</param>
    /// <param name="format">The kind.</param>
    /// <param name="migrationNote">Null when <paramref name="utf8"/> is the original; else what was migrated, appended to errors.</param>
    /// <param name="originalPath">After a migration, maps a path of the migrated text to the path in the original.</param>
    private object ReadCurrent(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> original, DocumentFormat format, string? migrationNote, Func<string, string>? originalPath = null)
    {
        using var strings = new StringTable(utf8.Length);
        try
        {
            DedupStringConverter.Current = strings;
            try
            {
                return format.Read(utf8, _readContext);
            }
            catch (FastPathDeclinedException)
            {
                // The hand-written register readers accept only what they read themselves; anything else (including
                // every error) is read again, from the start, by the generic strict path, which reports it as always.
                return format.Read(utf8, _genericReadContext);
            }
        }
        catch (JsonException ex)
        {
            var error = JsonErrorTranslator.Translate(ex, utf8, format.GetTypeInfo(_context), migrationNote);
            if (migrationNote is not null && error.Path is { } migratedPath)
            {
                // The position JSON reported is in the migrated (compact) text: find the path, or its nearest ancestor, in the original.
                var path = originalPath?.Invoke(migratedPath) ?? migratedPath;
                var (l, p) = LocateNearest(original, path);
                error = new IsmsDocumentException(error.Code, path, l, p, error.Problem, error.Expected, ex);
            }

            throw error;
        }
        catch (MappingException ex)
        {
            // After a migration each path is mapped back to what the user wrote (a renamed member's old name); a path the
            // text lacks (a constructor's parameter name) is replaced by its nearest ancestor. A model breaking several
            // rules reports each (MappingException.Others), each located.
            var problems = new List<DocumentProblem>();
            foreach (var problem in ex.All)
            {
                var path = originalPath?.Invoke(problem.Path) ?? problem.Path;
                var (nearest, line, position) = PathLocator.Nearest(original, path, allowComments: false);
                problems.Add(new DocumentProblem(problem.Code, DocumentLocation.InJson(nearest, line, position), problem.Problem + migrationNote, problem.Expected, problem.Value));
            }

            throw new IsmsDocumentException(problems, ex.InnerException);
        }
        finally
        {
            DedupStringConverter.Current = null;
        }
    }

    /// <summary>
    /// The line and position of <paramref name="path"/> in <paramref name="utf8"/>, or of its nearest ancestor when a
    /// migration renamed or moved the member (e.g. a v1 <c>name</c> read as <c>title</c>).
    /// </summary>
    private static (long? Line, long? Position) LocateNearest(ReadOnlySpan<byte> utf8, string path)
    {
        var (_, line, position) = PathLocator.Nearest(utf8, path, allowComments: false);
        return (line, position);
    }

    private static DocumentFormat ResolveKind(ReadOnlySpan<byte> utf8, DocumentHeaderScan header, DocumentFormat? expected)
    {
        var kinds = string.Join(", ", SupportedKinds.Select(k => $"'{k}'"));
        if (header.Kind is null)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.UnknownKind, "$", 1, 1, "the document has no kind",
                expected is null ? $"\"kind\" at the root, one of {kinds}" : $"\"kind\": \"{expected.Kind}\" at the root");
        }

        // One kind may read into more than one model type (certification-record: the record, or the record with its policy).
        var format = expected is not null && expected.Kind == header.Kind ? expected : Array.Find(Formats, f => f.Kind == header.Kind);
        if (format is null || (expected is not null && format != expected))
        {
            var (line, position) = TextPosition.At(utf8, header.KindOffset);
            throw new IsmsDocumentException(DocumentErrorCodes.UnknownKind, "$.kind", line, position,
                format is null ? $"unknown kind '{DocumentScanner.Truncate(header.Kind)}'" : $"the document is a '{header.Kind}'",
                expected is null ? $"one of {kinds}" : $"'{expected.Kind}'");
        }

        return format;
    }

    private static DocumentFormat FormatOf(string kind)
    {
        Guard.Against.Null(kind);
        return Array.Find(Formats, f => f.Kind == kind)
            ?? throw new ArgumentException($"'{kind}' is not a document kind; supported: {string.Join(", ", SupportedKinds)}.", nameof(kind));
    }

    private static DocumentFormat FormatOf(Type modelType) =>
        Array.Find(Formats, f => f.ModelType == modelType)
        ?? throw new ArgumentException($"{modelType.Name} is not a document root; supported kinds: {string.Join(", ", SupportedKinds)}.", nameof(modelType));

    private (byte[] Buffer, int Length) ReadAll(Stream stream) => TextInput.ReadAll(stream, _options.MaxDocumentBytes, TextKind.Json, null);
}
