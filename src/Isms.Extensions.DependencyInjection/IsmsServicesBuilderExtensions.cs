using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Extensions.DependencyInjection;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Further registrations chained on <see cref="IIsmsServicesBuilder"/>: a document folder, extra control catalogs, extra
/// readiness rules.
/// </summary>
/// <threadsafety>Configure services from one thread, as with any <see cref="IServiceCollection"/>.</threadsafety>
public static class IsmsServicesBuilderExtensions
{
    /// <summary>
    /// Registers an <see cref="IsmsDocumentDirectory"/> over <paramref name="path"/>: one JSON document per file, saved
    /// atomically and version-checked by the registered <c>DocumentFileStore</c>; and, unless another store was
    /// registered first, the default <see cref="IIsmsDocumentStore"/>: a <see cref="FolderDocumentStore"/> over the same
    /// folder (a subfolder per tenant), with the registered serializer and clock.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The folder (created on the first save). Called twice, the last path wins, as with any options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public static IIsmsServicesBuilder AddFileStore(this IIsmsServicesBuilder builder, string path)
    {
        Guard.Against.Null(builder);
        Guard.Against.NullOrWhiteSpace(path);
        builder.Services.Configure<IsmsDocumentDirectoryOptions>(o => o.Path = path);
        builder.Services.TryAddSingleton<IsmsDocumentDirectory>();
        builder.Services.TryAddSingleton<IIsmsDocumentStore>(static sp => new FolderDocumentStore(
            sp.GetRequiredService<IOptions<IsmsDocumentDirectoryOptions>>().Value.Path!,
            sp.GetRequiredService<IsmsDocumentSerializer>(),
            sp.GetRequiredService<IClock>()));
        return builder;
    }

    /// <summary>Adds a control catalog (a vendor's own, a sector framework...) to the registered <see cref="ControlCatalogSet"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="catalog">The catalog. Adding the same object twice is harmless; a different catalog with an id
    /// already in the set fails when the set is first resolved.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IIsmsServicesBuilder AddCatalog(this IIsmsServicesBuilder builder, ControlCatalog catalog)
    {
        Guard.Against.Null(builder);
        Guard.Against.Null(catalog);
        builder.Services.AddSingleton<IControlCatalogProvider>(new SingleCatalogProvider(catalog));
        return builder;
    }

    /// <summary>Adds the catalogs of a provider type (resolved from the container, so it may take dependencies).</summary>
    /// <typeparam name="TProvider">The provider type; registered once however often this is called.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IIsmsServicesBuilder AddCatalogProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>(this IIsmsServicesBuilder builder)
        where TProvider : class, IControlCatalogProvider
    {
        Guard.Against.Null(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IControlCatalogProvider, TProvider>());
        return builder;
    }

    /// <summary>Adds a readiness rule (e.g. a sector regulator's requirement) to the registered <see cref="ReadinessAnalyzer"/>,
    /// after the built-in rules.</summary>
    /// <typeparam name="TRule">The rule type; registered once however often this is called.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IIsmsServicesBuilder AddReadinessRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IIsmsServicesBuilder builder)
        where TRule : class, IReadinessRule
    {
        Guard.Against.Null(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessRule, TRule>());
        return builder;
    }

    /// <summary>Adds a readiness rule instance to the registered <see cref="ReadinessAnalyzer"/>, after the built-in rules.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="rule">The rule; adding the same object twice is harmless.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IIsmsServicesBuilder AddReadinessRule(this IIsmsServicesBuilder builder, IReadinessRule rule)
    {
        Guard.Against.Null(builder);
        Guard.Against.Null(rule);
        builder.Services.AddSingleton(rule);
        return builder;
    }
}
