using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Readiness;
using Isms.Extensions.DependencyInjection;
using Isms.Reports;
using Isms.Risk.Quantitative;
using Isms.Risk.Scoring;
using Isms.Serialization;
using Isms.Serialization.Contracts;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Isms.AspNetCore;

/// <summary>
/// The handlers of the routes <c>MapIsms</c> maps. One singleton per application; every handler is a short async
/// method over the store, the serializer and the engines, so every rule stays in its one home in the library.
/// </summary>
internal sealed partial class IsmsEndpoints
{
    private const int SmallBodyLimit = 1024 * 1024;
    private const int SaveAttempts = 5;

    private readonly IIsmsDocumentStore _store;
    private readonly IsmsDocumentSerializer _serializer;
    private readonly ReadinessAnalyzer _analyzer;
    private readonly FairSimulator _simulator;
    private readonly CertificationLifecycle _lifecycle;
    private readonly IClock _clock;
    private readonly IIsmsTenantAccess _access;
    private readonly DocumentCache _cache;
    private readonly IsmsWebOptions _options;
    private readonly SimulationOptions _simulation;
    private readonly long _maxDocumentBytes;
    private readonly Isms.Evidence.EvidenceOptions _evidence;
    private readonly ILogger _logger;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CertificationBodyPolicy, CertificationLifecycle> _lifecycles = new();

    public IsmsEndpoints(
        IIsmsDocumentStore store,
        IsmsDocumentSerializer serializer,
        ReadinessAnalyzer analyzer,
        FairSimulator simulator,
        CertificationLifecycle lifecycle,
        IClock clock,
        IIsmsTenantAccess access,
        DocumentCache cache,
        IOptions<IsmsWebOptions> options,
        IOptions<IsmsOptions> isms,
        ILogger<IsmsEndpoints> logger)
    {
        _store = store;
        _serializer = serializer;
        _analyzer = analyzer;
        _simulator = simulator;
        _lifecycle = lifecycle;
        _clock = clock;
        _access = access;
        _cache = cache;
        _options = options.Value;
        _maxDocumentBytes = isms.Value.Documents.MaxDocumentBytes;
        _evidence = isms.Value.Evidence;
        _logger = logger;

        // The same statistics as `isms simulate --format json` (per-scenario statistics, a 25-point loss exceedance
        // curve), so the summary is the same JSON for the same scenarios, seed and iterations.
        _simulation = isms.Value.Simulation with { ScenarioStatistics = true, ExceedanceCurvePoints = 25, Progress = null };
    }

    internal ILogger Logger => _logger;

    // ----- tenants -----

    public async Task<IResult> ListTenantsAsync(HttpContext http, string? limit, string? after, CancellationToken ct)
    {
        var size = _options.DefaultPageSize;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > 1000))
        {
            throw ProblemMapping.Error(WebErrorCodes.InvalidQuery, $"limit must be a whole number from 1 to 1000 (was {DocumentErrorText.Quote(Shorten(limit))})", "limit", Shorten(limit));
        }

        var page = await _store.ListTenantsAsync(size, after, ct).ConfigureAwait(false);
        var visible = new List<string>(page.Items.Count);
        foreach (var tenant in page.Items)
        {
            if (await _access.CanAccessAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false))
            {
                visible.Add(tenant);
            }
        }

        return TypedResults.Json(new TenantListContract { Items = [.. visible], Next = page.Next }, IsmsWebJson.Context.TenantListContract);
    }

    public async Task<IResult> DeleteTenantAsync(HttpContext http, string tenant, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Delete).ConfigureAwait(false);
        using var activity = IsmsWebTelemetry.Source.StartActivity("isms.delete");
        activity?.SetTag("isms.tenant", tenant);
        if (!await _store.DeleteTenantAsync(tenant, ct).ConfigureAwait(false))
        {
            throw new DocumentStoreException(DocumentErrorCodes.DocumentNotFound, tenant, "the tenant has no documents");
        }

        IsmsWebTelemetry.Writes.Add(1, new KeyValuePair<string, object?>("operation", "delete-tenant"));
        IsmsWebLog.TenantDeleted(_logger, tenant, Actor(http));
        return TypedResults.NoContent();
    }

    // ----- the ISMS document -----

    public Task<IResult> PutIsmsAsync(HttpContext http, string tenant, CancellationToken ct) =>
        PutDocumentAsync<InformationSecurityManagementSystem>(http, tenant, DocumentKey.Isms, ct);

    public Task<IResult> GetIsmsAsync(HttpContext http, string tenant, CancellationToken ct) =>
        GetDocumentAsync<InformationSecurityManagementSystem>(http, tenant, DocumentKey.Isms, ct);

    public async Task<IResult> GetReadinessAsync(HttpContext http, string tenant, string? asOf, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var date = AsOf(asOf);
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var isms = (InformationSecurityManagementSystem)entry.Model;
        var contract = entry.Computed("readiness", date, () => Evaluate("readiness", () =>
            ReadinessReportContract.From(isms, _analyzer.Analyze(isms, date), RegisterScorer.Score(isms, date))));
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        return TypedResults.Json(contract, IsmsJson.TypeInfo<ReadinessReportContract>());
    }

    public async Task<IResult> GetRisksAsync(HttpContext http, string tenant, string? asOf, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var date = AsOf(asOf);
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var contract = entry.Computed("risks", date, () => Evaluate("risks", () =>
            ScoredRegisterContract.From(RegisterScorer.Score((InformationSecurityManagementSystem)entry.Model, date))));
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        return TypedResults.Json(contract, IsmsJson.TypeInfo<ScoredRegisterContract>());
    }

    public async Task<IResult> GetHeatMapAsync(HttpContext http, string tenant, string? asOf, string? stage, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var date = AsOf(asOf);
        RiskStage[] stages = stage switch
        {
            null or "" => [RiskStage.Inherent, RiskStage.Residual],
            "inherent" => [RiskStage.Inherent],
            "current" => [RiskStage.Current],
            "residual" => [RiskStage.Residual],
            "all" => [RiskStage.Inherent, RiskStage.Current, RiskStage.Residual],
            _ => throw ProblemMapping.Error(WebErrorCodes.InvalidQuery, $"stage must be inherent, current, residual or all (was {DocumentErrorText.Quote(Shorten(stage))})", "stage", Shorten(stage)),
        };
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var isms = (InformationSecurityManagementSystem)entry.Model;
        var register = entry.Computed("register", date, () => Evaluate("register", () => RegisterScorer.Score(isms, date)));
        http.Response.ContentType = RiskHeatMapSvgWriter.ContentType;
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        await RiskHeatMapSvgWriter.WriteAsync(register, stages, isms.Profile.LegalName, http.Response.Body, ct).ConfigureAwait(false);
        return Results.Empty;
    }

    public async Task<IResult> GetSoaWorkbookAsync(HttpContext http, string tenant, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var isms = (InformationSecurityManagementSystem)entry.Model;
        var soa = isms.StatementOfApplicability
            ?? throw ProblemMapping.Error(WebErrorCodes.NoStatementOfApplicability, $"the ISMS of {tenant} has no Statement of Applicability yet");
        http.Response.ContentType = SoaWorkbookWriter.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"soa-{tenant}.xlsx\"";
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        await SoaWorkbookWriter.WriteAsync(isms, soa, http.Response.Body, ct).ConfigureAwait(false);
        return Results.Empty;
    }

    public async Task<IResult> SimulateAsync(HttpContext http, string tenant, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var request = await ReadSmallAsync(http, IsmsJson.TypeInfo<SimulationRequestContract>(), ct).ConfigureAwait(false) ?? new SimulationRequestContract();
        var options = request.ApplyTo(_simulation);
        if (options.Iterations > _options.MaxSimulationIterations)
        {
            throw ProblemMapping.Error(WebErrorCodes.SimulationTooLarge,
                $"iterations {options.Iterations} is above this host's limit of {_options.MaxSimulationIterations}", "iterations", options.Iterations.ToString(CultureInfo.InvariantCulture));
        }

        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var set = RegisterQuantification.ToScenarioSet(((InformationSecurityManagementSystem)entry.Model).Risks);
        using var activity = IsmsWebTelemetry.Source.StartActivity("isms.simulate");
        activity?.SetTag("isms.tenant", tenant);
        activity?.SetTag("isms.iterations", options.Iterations);
        var started = Stopwatch.GetTimestamp();
        var result = _simulator.Simulate(set, options, ct);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        IsmsWebTelemetry.Simulations.Add(1);
        IsmsWebTelemetry.SimulationDuration.Record(seconds);
        IsmsWebLog.SimulationRun(_logger, tenant, set.Scenarios.Length, result.Iterations, result.Seed, seconds);
        return TypedResults.Json(SimulationSummaryContract.From(result), IsmsJson.TypeInfo<SimulationSummaryContract>());
    }

    // ----- certification records -----

    public Task<IResult> PutCertificationAsync(HttpContext http, string tenant, string id, CancellationToken ct) =>
        PutDocumentAsync<CertificationRecordDocument>(http, tenant, CertificationKey(tenant, id), ct);

    public Task<IResult> GetCertificationAsync(HttpContext http, string tenant, string id, CancellationToken ct) =>
        GetDocumentAsync<CertificationRecordDocument>(http, tenant, CertificationKey(tenant, id), ct);

    public async Task<IResult> FireAsync(HttpContext http, string tenant, string id, CancellationToken ct)
    {
        var key = CertificationKey(tenant, id);
        await BeginAsync(http, tenant, IsmsTenantOperation.Write).ConfigureAwait(false);
        var request = await ReadSmallAsync(http, IsmsJson.TypeInfo<CertificationEventRequest>(), ct).ConfigureAwait(false)
            ?? throw new IsmsDocumentException(DocumentErrorCodes.MalformedJson, "$", null, null, "the request body is empty", "{\"trigger\":\"...\",\"payload\":{...}}");
        var actor = Actor(http);
        var stated = StringValuesHasValue(http.Request.Headers.IfMatch)
            ? await Preconditions.ExpectedAsync(http.Request, _store, tenant, key, ct).ConfigureAwait(false)
            : (ExpectedRevision?)null;

        for (var attempt = 1; ; attempt++)
        {
            // A record is fired under the certification body's policy it was run under (stored with it), so its
            // history keeps replaying to the same record.
            var entry = await LoadAsync<CertificationRecordDocument>(tenant, key, ct).ConfigureAwait(false);
            var stored = (CertificationRecordDocument)entry.Model;
            var record = stored.Record;
            CertificationRecord next;
            using (var activity = IsmsWebTelemetry.Source.StartActivity("isms.fire"))
            {
                activity?.SetTag("isms.tenant", tenant);
                activity?.SetTag("isms.trigger", request.Trigger);
                next = request.FireOn(LifecycleFor(stored.Policy), record, new PersonId(actor));
            }

            try
            {
                // With If-Match the client's revision is the one expected; without, the revision just loaded, retried
                // when another request appended first: each event is fired on the record as it stands.
                var revision = await SaveAsync(tenant, key, new CertificationRecordDocument(next, stored.Policy), stated ?? ExpectedRevision.Of(entry.Revision), actor, ct).ConfigureAwait(false);
                IsmsWebLog.TriggerFired(_logger, request.Trigger, tenant, key.ToString(), record.State.ToString(), next.State.ToString(), actor);
                http.Response.Headers.ETag = Preconditions.ETagOf(revision);
                return TypedResults.Json(CertificationRecordContract.From(next), IsmsJson.TypeInfo<CertificationRecordContract>());
            }
            catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict && stated is null && attempt < SaveAttempts)
            {
                // Another event landed between the load and the save: fire again on the new record.
            }
        }
    }

    /// <summary>The lifecycle of a certification body's policy: the registered one for its own policy, otherwise one per
    /// policy (a lifecycle is stateless and thread-safe; a handful of policies is the norm, so the map stays small).</summary>
    private CertificationLifecycle LifecycleFor(CertificationBodyPolicy policy)
    {
        if (policy.Equals(_lifecycle.Policy))
        {
            return _lifecycle;
        }

        if (_lifecycles.Count >= 64)
        {
            _lifecycles.Clear();
        }

        return _lifecycles.GetOrAdd(policy, static (p, clock) => new CertificationLifecycle(clock, p), _clock);
    }

    // ----- shared steps -----

    /// <summary>Checks the tenant id (400 before anything is touched) and asks the access hook (403).</summary>
    internal async ValueTask BeginAsync(HttpContext http, string tenant, IsmsTenantOperation operation)
    {
        DocumentKey.Validate(tenant);
        if (!await _access.CanAccessAsync(http, tenant, operation).ConfigureAwait(false))
        {
            throw ProblemMapping.Error(WebErrorCodes.TenantAccessDenied, $"the caller may not {operation.ToString().ToLowerInvariant()} tenant {tenant}", "tenant", tenant);
        }
    }

    /// <summary>The actor of the request: the host's resolver, else the signed-in user's name, else the anonymous name.</summary>
    internal string Actor(HttpContext http)
    {
        var name = _options.ResolveActor is { } resolve ? resolve(http)
            : http.User.Identity is { IsAuthenticated: true, Name: { } user } ? user : null;
        return string.IsNullOrWhiteSpace(name) ? _options.AnonymousActor : name.Trim();
    }

    internal async Task<IResult> PutDocumentAsync<T>(HttpContext http, string tenant, DocumentKey key, CancellationToken ct)
        where T : class
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Write).ConfigureAwait(false);
        var expected = await Preconditions.ExpectedAsync(http.Request, _store, tenant, key, ct).ConfigureAwait(false);
        var document = await ReadDocumentAsync<T>(http, ct).ConfigureAwait(false);
        var revision = await SaveAsync(tenant, key, document, expected, Actor(http), ct).ConfigureAwait(false);
        return Saved(http, revision);
    }

    internal static IResult Saved(HttpContext http, DocumentRevision revision)
    {
        http.Response.Headers.ETag = Preconditions.ETagOf(revision);
        var body = DocumentRevisionContract.From(revision);
        return revision.Number == 1
            ? TypedResults.Json(body, IsmsWebJson.Context.DocumentRevisionContract, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(body, IsmsWebJson.Context.DocumentRevisionContract);
    }

    internal async Task<IResult> GetDocumentAsync<T>(HttpContext http, string tenant, DocumentKey key, CancellationToken ct)
        where T : class
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var entry = await LoadAsync<T>(tenant, key, ct).ConfigureAwait(false);
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        if (Preconditions.NotModified(http.Request, entry.Revision))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await _serializer.SerializeAsync(http.Response.Body, (T)entry.Model, ct).ConfigureAwait(false);
        return Results.Empty;
    }

    /// <summary>Loads a document through the parse-once cache: one revision header read when it is unchanged.</summary>
    internal async Task<DocumentCache.Entry> LoadAsync<T>(string tenant, DocumentKey key, CancellationToken ct)
        where T : class
    {
        using var activity = IsmsWebTelemetry.Source.StartActivity("isms.load");
        activity?.SetTag("isms.tenant", tenant);
        activity?.SetTag("isms.document", key.ToString());
        if (_cache.Enabled)
        {
            var current = await _store.GetRevisionAsync(tenant, key, ct).ConfigureAwait(false)
                ?? throw new DocumentStoreException(DocumentErrorCodes.DocumentNotFound, $"{tenant}/{key}", "no such document");
            if (_cache.Get(tenant, key, current.ETag) is { } hit)
            {
                activity?.SetTag("isms.cache", "hit");
                IsmsWebTelemetry.Reads.Add(1, new KeyValuePair<string, object?>("cache", "hit"));
                return hit;
            }
        }

        var loaded = await _store.LoadAsync<T>(tenant, key, ct).ConfigureAwait(false);
        activity?.SetTag("isms.cache", "miss");
        IsmsWebTelemetry.Reads.Add(1, new KeyValuePair<string, object?>("cache", "miss"));
        return _cache.Put(tenant, key, loaded.Document, loaded.Revision);
    }

    internal async Task<DocumentRevision> SaveAsync<T>(string tenant, DocumentKey key, T document, ExpectedRevision expected, string savedBy, CancellationToken ct)
        where T : class
    {
        using var activity = IsmsWebTelemetry.Source.StartActivity("isms.save");
        activity?.SetTag("isms.tenant", tenant);
        activity?.SetTag("isms.document", key.ToString());
        var revision = await _store.SaveAsync(tenant, key, document, expected, savedBy, ct).ConfigureAwait(false);
        _cache.Put(tenant, key, document, revision);
        IsmsWebTelemetry.Writes.Add(1, new KeyValuePair<string, object?>("operation", "save"));
        IsmsWebLog.DocumentSaved(_logger, tenant, key.ToString(), revision.Number, savedBy);
        return revision;
    }

    /// <summary>Reads a document body strictly, never buffering more than the document limit (413 past it).</summary>
    internal async Task<T> ReadDocumentAsync<T>(HttpContext http, CancellationToken ct)
        where T : class
    {
        LimitBody(http, _maxDocumentBytes);
        return await _serializer.DeserializeAsync<T>(http.Request.BodyReader, ct).ConfigureAwait(false);
    }

    /// <summary>Reads a small JSON request (a simulation request, a trigger); null when the body is empty.</summary>
    private static async Task<T?> ReadSmallAsync<T>(HttpContext http, JsonTypeInfo<T> typeInfo, CancellationToken ct)
        where T : class
    {
        var limit = LimitBody(http, SmallBodyLimit);
        if (http.Request.ContentLength == 0 || http.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return null;
        }

        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        try
        {
            // Well-formed first (400 when not), then bound to the request type (422 when it does not fit).
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.MalformedJson, ex.Path ?? "$", ex.LineNumber + 1, ex.BytePositionInLine + 1,
                "the request body is not well-formed JSON", null, ex);
        }

        try
        {
            return JsonSerializer.Deserialize(json.Span, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.WrongType, ex.Path ?? "$", ex.LineNumber + 1, ex.BytePositionInLine + 1,
                $"the request body does not fit {typeof(T).Name}: an unknown member, a missing member or a value of the wrong type", null, ex);
        }
    }

    /// <summary>Holds the request body to <paramref name="limit"/>: a larger declared length is refused before a byte is
    /// read, and the server's own limit is set to the same number.</summary>
    private static long LimitBody(HttpContext http, long limit)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit == long.MaxValue ? null : limit + 1;
        }

        if (http.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        return limit;
    }

    private static IsmsDocumentException TooLarge(long limit) =>
        new(DocumentErrorCodes.DocumentTooLarge, "$", null, null, $"the request body is larger than the limit of {limit.ToString(CultureInfo.InvariantCulture)} bytes", null);

    private static DocumentKey CertificationKey(string tenant, string id)
    {
        var key = DocumentKey.Certification(id);
        DocumentKey.Validate(tenant, key);
        return key;
    }

    private LocalDate AsOf(string? asOf)
    {
        if (string.IsNullOrEmpty(asOf))
        {
            return _clock.GetCurrentInstant().InUtc().Date;
        }

        var parsed = LocalDatePattern.Iso.Parse(asOf);
        return parsed.Success ? parsed.Value
            : throw ProblemMapping.Error(WebErrorCodes.InvalidQuery, $"asOf must be a date YYYY-MM-DD (was {DocumentErrorText.Quote(Shorten(asOf))})", "asOf", Shorten(asOf));
    }

    private static T Evaluate<T>(string kind, Func<T> evaluate)
    {
        using var activity = IsmsWebTelemetry.Source.StartActivity("isms.evaluate");
        activity?.SetTag("isms.evaluation", kind);
        IsmsWebTelemetry.Evaluations.Add(1, new KeyValuePair<string, object?>("kind", kind));
        return evaluate();
    }

    private static bool StringValuesHasValue(Microsoft.Extensions.Primitives.StringValues values) => !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(values);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
