using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Isms.Certification.Certificates;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;
using NodaTime.Serialization.SystemTextJson;

namespace Isms.Serialization.Contracts;

/// <summary>
/// The one JSON configuration for what a host returns or accepts over HTTP and what <c>isms --format json</c> prints:
/// camelCase names, ids as plain strings (also as dictionary keys: <c>ByOwner()</c> keyed by <see cref="PersonId"/>),
/// likelihood, consequence and risk levels as their numbers (contracts carry the level's name beside it), NodaTime
/// values as ISO-8601 strings (<c>Instant</c> as <c>2026-11-28T09:00:00Z</c>, <c>LocalDate</c> as <c>2026-11-28</c>),
/// enums as their names, nulls omitted.
/// </summary>
/// <remarks>
/// <para>Non-finite numbers: the contracts never hold NaN or an infinity (simulation figures and scores are finite by
/// construction). When a library value that is not a contract does (a tolerance curve's last point, say), these options
/// write it as the JSON string <c>"NaN"</c>, <c>"Infinity"</c> or <c>"-Infinity"</c> and read those strings back
/// (<see cref="JsonNumberHandling.AllowNamedFloatingPointLiterals"/>), instead of throwing as System.Text.Json's
/// defaults do. Seeds travel as strings (a JavaScript number loses integers above 2^53).</para>
/// <para>The contract types are source-generated: <see cref="WebOptions"/> and <see cref="TypeInfoResolver"/> serialise
/// them without reflection, so a host can be trimmed and compiled ahead of time. <see cref="ConfigureIsms"/> adds the
/// same converters to options a host already has (ASP.NET Core's), for library types it serialises itself.</para>
/// </remarks>
public static class IsmsJson
{
    private static readonly Lazy<IsmsContractsJsonContext> LazyContext = new(() => new IsmsContractsJsonContext(new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureIsms()));

    /// <summary>Read-only options for the contracts: web defaults (camelCase, case-insensitive reading), the Isms
    /// converters, and the source-generated metadata of every contract type. Serialise without reflection through
    /// <c>JsonSerializer.Serialize(value, (JsonTypeInfo&lt;T&gt;)IsmsJson.WebOptions.GetTypeInfo(typeof(T)))</c> or
    /// <see cref="TypeInfo{T}"/>.</summary>
    public static JsonSerializerOptions WebOptions => LazyContext.Value.Options;

    /// <summary>The source-generated metadata of the contracts, to put first in a host's resolver chain (ASP.NET Core:
    /// <c>options.SerializerOptions.TypeInfoResolverChain.Insert(0, IsmsJson.TypeInfoResolver)</c>).</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => LazyContext.Value;

    /// <summary>The metadata of one contract type under <see cref="WebOptions"/>.</summary>
    /// <typeparam name="T">A contract type (or an immutable array of one).</typeparam>
    /// <returns>The metadata, for <c>JsonSerializer.Serialize(value, typeInfo)</c>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a contract type.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)WebOptions.GetTypeInfo(typeof(T));

    /// <summary>The generated context (internal callers).</summary>
    internal static IsmsContractsJsonContext Context => LazyContext.Value;

    /// <summary>Adds the Isms converters and policies to <paramref name="options"/> (e.g. ASP.NET Core's
    /// <c>JsonOptions.SerializerOptions</c>): ids as strings, levels as numbers, NodaTime values as ISO strings, enums as
    /// names, named floating-point literals for non-finite numbers, nulls omitted. Idempotent.</summary>
    /// <param name="options">Options that are not yet in use (not read-only).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureIsms(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Converters.Any(c => c is EntityIdJsonConverter<PersonId>))
        {
            return options;
        }

        options.NumberHandling |= JsonNumberHandling.AllowNamedFloatingPointLiterals;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        foreach (var converter in Converters())
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    private static IEnumerable<JsonConverter> Converters()
    {
        yield return Id(v => new PersonId(v), id => id.Value);
        yield return Id(v => new AssetId(v), id => id.Value);
        yield return Id(v => new RiskId(v), id => id.Value);
        yield return Id(v => new AppliedControlId(v), id => id.Value);
        yield return Id(v => new ControlId(v), id => id.Value);
        yield return Id(v => new RoleId(v), id => id.Value);
        yield return Id(v => new SiteId(v), id => id.Value);
        yield return Id(v => new DocumentId(v), id => id.Value);
        yield return Id(v => new IssueId(v), id => id.Value);
        yield return Id(v => new InterestedPartyId(v), id => id.Value);
        yield return Id(v => new RequirementId(v), id => id.Value);
        yield return Id(v => new ObjectiveId(v), id => id.Value);
        yield return Id(v => new MeasurementId(v), id => id.Value);
        yield return Id(v => new AuditId(v), id => id.Value);
        yield return Id(v => new FindingId(v), id => id.Value);
        yield return Id(v => new NonconformityId(v), id => id.Value);
        yield return Id(v => new CorrectiveActionId(v), id => id.Value);
        yield return Id(v => new TreatmentActionId(v), id => id.Value);
        yield return Id(v => new ManagementReviewId(v), id => id.Value);
        yield return Id(v => new CompetenceRecordId(v), id => id.Value);
        yield return Id(v => new AwarenessRecordId(v), id => id.Value);
        yield return Id(v => new FairScenarioId(v), id => id.Value);
        yield return Id(v => new CertificateNumber(v), id => id.Value);
        foreach (var level in LevelConverters.All)
        {
            yield return level;
        }

        yield return new InstantIsoJsonConverter();
        yield return new LocalDateIsoJsonConverter();
        yield return NodaConverters.LocalDateTimeConverter;
        yield return NodaConverters.LocalTimeConverter;
        yield return NodaConverters.OffsetDateTimeConverter;
        yield return NodaConverters.DurationConverter;
        yield return NodaConverters.RoundtripPeriodConverter;
        foreach (var converter in LibraryEnums.Converters)
        {
            yield return converter;
        }
    }

    private static EntityIdJsonConverter<TId> Id<TId>(Func<string, TId> create, Func<TId, string> value)
        where TId : struct => new(create, value);
}
