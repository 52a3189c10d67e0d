namespace Isms.Serialization.Storage;

/// <summary>A document loaded from a store with the version to state when saving a change of it.</summary>
/// <typeparam name="T">The model type, e.g. <c>ControlCatalog</c>.</typeparam>
/// <param name="Document">The complete, verified model.</param>
/// <param name="Version">The version loaded; pass it to <see cref="DocumentFileStore.Save{T}"/>.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StoredDocument<T>(T Document, DocumentVersion Version)
    where T : class;
