using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Isms.Extensions.DependencyInjection;

/// <summary>
/// A folder of Isms.Core documents (ISMS documents, certification records, catalogs...), one JSON file per document,
/// read and written through the crash-safe, version-checked <see cref="DocumentFileStore"/>. What a multi-tenant host
/// injects to list, load and save its organisations' documents by name.
/// </summary>
/// <remarks>
/// <para>Register with <c>services.AddIsms().AddFileStore("data/isms")</c>. Names are file names inside the folder
/// (<c>northwind.isms.json</c>): a name with a directory separator or <c>..</c> is refused, so a name that came from a
/// user cannot reach outside the folder.</para>
/// <para>The guarantees are the store's: atomic replace on save, optimistic concurrency through
/// <see cref="DocumentVersion"/>, strict verification on load (see docs/serialization.md).</para>
/// </remarks>
/// <threadsafety>Thread-safe: concurrent readers and writers are supported, as by <see cref="DocumentFileStore"/>.</threadsafety>
public sealed class IsmsDocumentDirectory
{
    /// <summary>Creates a directory over a folder.</summary>
    /// <param name="path">The folder; created on the first save.</param>
    /// <param name="store">The store that reads and writes the files.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public IsmsDocumentDirectory(string path, DocumentFileStore store)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(store);
        Root = System.IO.Path.GetFullPath(path);
        Store = store;
    }

    /// <summary>Creates the directory registered by <c>AddFileStore</c>.</summary>
    /// <param name="options">The folder.</param>
    /// <param name="store">The store that reads and writes the files.</param>
    /// <exception cref="ArgumentException">No folder was configured.</exception>
    [ActivatorUtilitiesConstructor]
    public IsmsDocumentDirectory(IOptions<IsmsDocumentDirectoryOptions> options, DocumentFileStore store)
        : this(RequiredPath(options), store)
    {
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>The store that reads and writes the files.</summary>
    public DocumentFileStore Store { get; }

    /// <summary>The names of the documents in the folder (<c>*.json</c>), in ordinal order; empty when the folder does
    /// not exist yet.</summary>
    public ImmutableArray<string> List() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateFiles(Root, "*.json").Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The absolute path of the document called <paramref name="name"/>.</summary>
    /// <param name="name">A file name inside the folder, e.g. <c>northwind.isms.json</c>.</param>
    /// <exception cref="ArgumentException">The name is empty, holds a directory separator or is <c>.</c> or <c>..</c>.</exception>
    public string PathOf(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (name.IndexOfAny(['/', '\\']) >= 0 || name is "." or ".." || name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"The document name '{name}' must be a plain file name inside {Root}.", nameof(name));
        }

        return System.IO.Path.Combine(Root, name);
    }

    /// <summary>Loads and verifies a document.</summary>
    /// <typeparam name="T">The model type, e.g. <c>InformationSecurityManagementSystem</c>.</typeparam>
    /// <param name="name">The document's name.</param>
    /// <returns>The model and the version to state when saving a change.</returns>
    /// <exception cref="DocumentStoreException">No such document.</exception>
    /// <exception cref="Isms.Serialization.IsmsDocumentException">The file is not a valid document of that kind.</exception>
    public StoredDocument<T> Load<T>(string name)
        where T : class => Store.Load<T>(PathOf(name));

    /// <summary>The stored version of a document, or <see cref="DocumentVersion.None"/> when there is none.</summary>
    /// <param name="name">The document's name.</param>
    public DocumentVersion CurrentVersion(string name) => Store.CurrentVersion(PathOf(name));

    /// <summary>Saves a document atomically, creating the folder if needed.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="name">The document's name.</param>
    /// <param name="document">The model.</param>
    /// <param name="expectedVersion">The version this save replaces: <see cref="DocumentVersion.None"/> for a new document.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="DocumentStoreException">Someone else changed the document since <paramref name="expectedVersion"/>.</exception>
    public DocumentVersion Save<T>(string name, T document, DocumentVersion expectedVersion)
        where T : class
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Root);
        return Store.Save(path, document, expectedVersion);
    }

    private static string RequiredPath(IOptions<IsmsDocumentDirectoryOptions> options)
    {
        Guard.Against.Null(options);
        var path = options.Value.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("IsmsDocumentDirectoryOptions.Path is not set: call AddFileStore(path).", nameof(options));
        }

        return path;
    }
}
