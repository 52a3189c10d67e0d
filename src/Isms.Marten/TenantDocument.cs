using Isms.Core;
using Isms.Serialization.Storage;

namespace Isms.Marten;

/// <summary>
/// One tenant's document as <see cref="MartenDocumentStore.LoadManyAsync{T}"/> found it: the current revision, or the
/// library's error when the stored document does not read strictly, or neither when the tenant has no such document.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
/// <param name="Tenant">The tenant id.</param>
/// <param name="Stored">The current revision, read strictly; null when the document is missing or does not read.</param>
/// <param name="Error">Why the stored document does not read (an <see cref="Isms.Serialization.IsmsDocumentException"/> with its
/// problems, located at tenant/kind/name@revision); null otherwise.</param>
/// <threadsafety>This type is immutable and thread-safe when <typeparamref name="T"/> is.</threadsafety>
public sealed record TenantDocument<T>(string Tenant, StoredRevision<T>? Stored, IsmsException? Error)
    where T : class;
