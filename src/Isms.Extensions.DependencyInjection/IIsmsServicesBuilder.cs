namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="IsmsServiceCollectionExtensions.AddIsms(IServiceCollection)"/> returns: chain further Isms.Core
/// registrations on it (<c>.AddFileStore(path)</c>, <c>.AddCatalog(catalog)</c>, <c>.AddReadinessRule&lt;T&gt;()</c>).
/// </summary>
/// <remarks>The same shape as <c>IHttpClientBuilder</c> or <c>IHealthChecksBuilder</c>: a thin handle on the
/// service collection, so packages and applications can add their own extension methods to it.</remarks>
/// <threadsafety>Implementations wrap an <see cref="IServiceCollection"/>, which is not thread-safe: configure services
/// from one thread, as with any service collection.</threadsafety>
public interface IIsmsServicesBuilder
{
    /// <summary>The service collection the Isms.Core services are registered in.</summary>
    IServiceCollection Services { get; }
}
