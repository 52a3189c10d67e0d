using Isms.Core.Catalogs;

namespace Isms.Extensions.DependencyInjection;

/// <summary>Provides one catalog: what <c>AddCatalog(catalog)</c> registers.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class SingleCatalogProvider(ControlCatalog catalog) : IControlCatalogProvider
{
    public IEnumerable<ControlCatalog> GetCatalogs() => [catalog];
}
