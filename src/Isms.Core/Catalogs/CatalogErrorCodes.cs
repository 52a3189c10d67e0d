namespace Isms.Core.Catalogs;

/// <summary>
/// The stable codes of <see cref="IsmsException"/>s thrown by the catalogs (documented in docs/catalogs.md), so a
/// vendor can map them to its own user interface.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class CatalogErrorCodes
{
    /// <summary><c>ISMS-CAT-001</c>: a control id that the catalog (or the mapping's catalog) does not hold.</summary>
    public const string UnknownControl = "ISMS-CAT-001";

    /// <summary><c>ISMS-CAT-003</c>: two catalogs with the same id in one <see cref="ControlCatalogSet"/>.</summary>
    public const string DuplicateCatalog = "ISMS-CAT-003";

    /// <summary><c>ISMS-CAT-004</c>: a mapping pair names a control that its source or target catalog does not hold.</summary>
    public const string MappingToUnknownControl = "ISMS-CAT-004";

    /// <summary><c>ISMS-CAT-005</c>: a mapping lists the same pair twice.</summary>
    public const string DuplicateMappingPair = "ISMS-CAT-005";

    /// <summary><c>ISMS-CAT-006</c>: ISO/IEC 27002 attributes with an attribute type left empty or an undefined value.</summary>
    public const string InvalidAttributes = "ISMS-CAT-006";

    /// <summary><c>ISMS-CAT-007</c>: a catalog id that a <see cref="ControlCatalogSet"/> does not hold.</summary>
    public const string UnknownCatalog = "ISMS-CAT-007";
}
