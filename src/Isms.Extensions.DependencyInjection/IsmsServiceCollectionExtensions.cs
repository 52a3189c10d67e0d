using Isms.Certification.AuditTime;
using Isms.Certification.Lifecycle;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Evidence.Rules;
using Isms.Extensions.DependencyInjection;
using Isms.Risk.Quantitative;
using Isms.Risk.Scoring;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Isms.Core in a <see cref="IServiceCollection"/>: <c>services.AddIsms(options => ...)</c>.
/// </summary>
/// <remarks>
/// <para>What is registered, each as a singleton and each with <c>TryAdd</c> (so a service the application
/// registered first wins, and calling <c>AddIsms</c> twice is harmless):</para>
/// <list type="table">
/// <listheader><term>Service</term><description>Built from</description></listheader>
/// <item><term><see cref="IClock"/></term><description><see cref="SystemClock.Instance"/>; register a
/// <c>FakeClock</c> or your own clock before or after <c>AddIsms</c> to replace it.</description></item>
/// <item><term><see cref="ControlCatalogSet"/></term><description>ISO/IEC 27001:2022 and 2013 Annex A (unless
/// <see cref="IsmsOptions.IncludeAnnexA"/> is false) plus every catalog added with <c>AddCatalog</c> or an
/// <see cref="IControlCatalogProvider"/>.</description></item>
/// <item><term><see cref="ReadinessAnalyzer"/></term><description>The built-in rules, Isms.Risk's
/// <see cref="RiskEvaluationRule"/> (the risk register's levels and acceptances, the same findings as
/// <c>RegisterScorer</c>), Isms.Evidence's rules (<see cref="ControlEvidenceRule"/>, <see cref="AutomatedEvidenceRule"/>,
/// <see cref="ControlTestScheduleRule"/>, <see cref="ObjectiveMeasurementRule"/>, <see cref="PlannedChangeRule"/>, with
/// <see cref="IsmsOptions.Evidence"/>) and every other registered <see cref="IReadinessRule"/> (<c>AddReadinessRule</c>), with
/// <see cref="IsmsOptions.Readiness"/>.</description></item>
/// <item><term><see cref="FairSimulator"/></term><description><see cref="IsmsOptions.Simulation"/> as the options of a run
/// that names none.</description></item>
/// <item><term><see cref="CertificationLifecycle"/></term><description>The <see cref="IClock"/> and
/// <see cref="IsmsOptions.CertificationBodyPolicy"/>.</description></item>
/// <item><term><see cref="AuditTimeCalculator"/></term><description><see cref="IsmsOptions.AuditTimeTable"/>.</description></item>
/// <item><term><see cref="IsmsDocumentSerializer"/></term><description><see cref="IsmsOptions.Documents"/>; certification records are
/// written with <see cref="IsmsOptions.CertificationBodyPolicy"/> unless <see cref="IsmsDocumentOptions.CertificationBodyPolicy"/> is set.</description></item>
/// <item><term><see cref="DocumentFileStore"/></term><description>The serializer and <see cref="IsmsOptions.FileStore"/>.</description></item>
/// <item><term><see cref="IsmsDocumentDirectory"/></term><description>Only with <c>AddFileStore(path)</c>.</description></item>
/// </list>
/// <para>The risk-scoring functions (<c>RegisterScorer</c>, <c>RiskScorer</c>) are pure, take the organisation's own
/// risk criteria and have no options, so they need no registration: call them with the ISMS you loaded. They give the
/// levels and findings the registered analyzer reports.</para>
/// </remarks>
/// <threadsafety>Configure services from one thread, as with any <see cref="IServiceCollection"/>. The registered
/// services are all thread-safe singletons.</threadsafety>
public static class IsmsServiceCollectionExtensions
{
    /// <summary>Registers the Isms.Core services with the default <see cref="IsmsOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for further Isms.Core registrations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IIsmsServicesBuilder AddIsms(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<IsmsOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IsmsOptions>, IsmsOptionsValidator>());

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(static sp => CreateCatalogs(sp));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, RiskEvaluationRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, ControlEvidenceRule>(static sp => new ControlEvidenceRule(Options(sp).Evidence)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, AutomatedEvidenceRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, ControlTestScheduleRule>(static sp => new ControlTestScheduleRule(Options(sp).Evidence)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, ObjectiveMeasurementRule>(static sp => new ObjectiveMeasurementRule(Options(sp).Evidence)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, PlannedChangeRule>());
        services.TryAddSingleton(static sp => CreateReadinessAnalyzer(sp));
        services.TryAddSingleton(static sp => new FairSimulator(Options(sp).Simulation));
        services.TryAddSingleton(static sp => new CertificationLifecycle(sp.GetRequiredService<IClock>(), Options(sp).CertificationBodyPolicy));
        services.TryAddSingleton(static sp => new AuditTimeCalculator(Options(sp).AuditTimeTable));
        services.TryAddSingleton(static sp => CreateSerializer(Options(sp)));
        services.TryAddSingleton(static sp => new DocumentFileStore(sp.GetRequiredService<IsmsDocumentSerializer>(), Options(sp).FileStore));

        return new IsmsServicesBuilder(services);
    }

    /// <summary>Registers the Isms.Core services and configures <see cref="IsmsOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options, e.g. <c>o => o.CertificationBodyPolicy = myCbPolicy</c>. Each call adds
    /// its configuration; they run in registration order.</param>
    /// <returns>A builder for further Isms.Core registrations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IIsmsServicesBuilder AddIsms(this IServiceCollection services, Action<IsmsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddIsms();
        services.Configure(configure);
        return builder;
    }

    private static IsmsDocumentSerializer CreateSerializer(IsmsOptions options)
    {
        // Certification records are written with the registered lifecycle's policy unless the document options name one.
        // The caller's options object is left as configured: the serializer gets a whole copy with the policy filled in.
        var documents = options.Documents.Clone();
        documents.CertificationBodyPolicy ??= options.CertificationBodyPolicy;
        return new IsmsDocumentSerializer(documents);
    }

    private static IsmsOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<IsmsOptions>>().Value;

    private static ControlCatalogSet CreateCatalogs(IServiceProvider services)
    {
        var set = Options(services).IncludeAnnexA ? ControlCatalogSet.Default : ControlCatalogSet.Empty;
        var seen = new HashSet<ControlCatalog>(ReferenceEqualityComparer.Instance);
        foreach (var catalog in set.Catalogs)
        {
            seen.Add(catalog);
        }

        foreach (var provider in services.GetServices<IControlCatalogProvider>())
        {
            foreach (var catalog in provider.GetCatalogs())
            {
                // The same catalog object added twice is one registration; a different catalog under a taken id is
                // a real conflict and ControlCatalogSet.Add reports it (ISMS-CAT code naming the id).
                if (seen.Add(catalog))
                {
                    set = set.Add(catalog);
                }
            }
        }

        return set;
    }

    private static ReadinessAnalyzer CreateReadinessAnalyzer(IServiceProvider services)
    {
        var extra = services.GetServices<IReadinessRule>().Distinct(ReferenceEqualityComparer.Instance).Cast<IReadinessRule>();
        return new ReadinessAnalyzer(ReadinessAnalyzer.BuiltInRules.Concat(extra), Options(services).Readiness);
    }
}
