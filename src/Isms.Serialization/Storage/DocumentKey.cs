using System.Text.RegularExpressions;

namespace Isms.Serialization.Storage;

/// <summary>Which document of a tenant: its kind (one of <see cref="DocumentKinds"/>) and a name.</summary>
/// <param name="Kind">The document kind, e.g. <c>isms</c>, <c>certification-record</c>.</param>
/// <param name="Name">The name within the kind: <c>^[a-z0-9][a-z0-9._-]{0,127}$</c>, e.g. <c>main</c> or a certification's id.</param>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly partial record struct DocumentKey(string Kind, string Name)
{
    /// <summary>The name of a tenant's one ISMS document by convention: <c>main</c>.</summary>
    public const string MainName = "main";

    /// <summary>The tenant's ISMS document (<c>isms/main</c>).</summary>
    public static DocumentKey Isms { get; } = new(DocumentKinds.Isms, MainName);

    /// <summary>A certification record of the tenant.</summary>
    /// <param name="name">The certification's id, e.g. <c>iso27001-2024</c>.</param>
    public static DocumentKey Certification(string name) => new(DocumentKinds.CertificationRecord, name);

    /// <summary>True when <paramref name="tenant"/> is a valid tenant id: <c>^[a-z0-9][a-z0-9-]{0,62}$</c> (it becomes a
    /// folder name or a column value, so nothing else is allowed).</summary>
    public static bool IsValidTenant(string? tenant) => tenant is not null && TenantPattern().IsMatch(tenant);

    /// <summary>Refuses a tenant id or key the store cannot use, with <see cref="DocumentErrorCodes.InvalidKey"/>.</summary>
    /// <param name="tenant">The tenant id.</param>
    /// <param name="key">The key, or null to check the tenant only.</param>
    /// <exception cref="DocumentStoreException">The tenant id, the kind or the name is not allowed.</exception>
    public static void Validate(string? tenant, DocumentKey? key = null)
    {
        if (!IsValidTenant(tenant))
        {
            throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, Display(tenant),
                $"the tenant id {Display(tenant)} is not allowed: lowercase letters, digits and '-', starting with a letter or digit, at most 63 characters");
        }

        if (key is { } k)
        {
            if (k.Kind is null || !IsmsDocumentSerializer.SupportedKinds.Contains(k.Kind))
            {
                throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, $"{tenant}/{Display(k.Kind)}",
                    $"the kind {Display(k.Kind)} is not a document kind; one of {string.Join(", ", IsmsDocumentSerializer.SupportedKinds)}");
            }

            if (k.Name is null || !NamePattern().IsMatch(k.Name))
            {
                throw new DocumentStoreException(DocumentErrorCodes.InvalidKey, $"{tenant}/{k.Kind}/{Display(k.Name)}",
                    $"the document name {Display(k.Name)} is not allowed: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 128 characters");
            }
        }
    }

    /// <summary>The key as <c>kind/name</c>.</summary>
    public override string ToString() => $"{Kind}/{Name}";

    private static string Display(string? value) => value is null ? "null" : DocumentErrorText.Quote(value.Length > 80 ? value[..80] + "..." : value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex TenantPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
