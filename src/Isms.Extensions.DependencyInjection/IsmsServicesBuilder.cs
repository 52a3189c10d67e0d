namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The <see cref="IIsmsServicesBuilder"/> over a service collection.</summary>
/// <threadsafety>Not thread-safe, like the service collection it wraps.</threadsafety>
internal sealed class IsmsServicesBuilder(IServiceCollection services) : IIsmsServicesBuilder
{
    public IServiceCollection Services { get; } = services;
}
