namespace Isms.Core.Catalogs;

/// <summary>Supplies the built-in catalogs: <see cref="AnnexA.Iso27001_2022"/> and <see cref="AnnexA.Iso27001_2013"/>.</summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class AnnexACatalogProvider : IControlCatalogProvider
{
    /// <summary>The one instance.</summary>
    public static AnnexACatalogProvider Instance { get; } = new();

    private AnnexACatalogProvider()
    {
    }

    /// <inheritdoc />
    public IEnumerable<ControlCatalog> GetCatalogs() => [AnnexA.Iso27001_2022, AnnexA.Iso27001_2013];
}
