using Ardalis.GuardClauses;

namespace Isms.Serialization.Storage;

/// <summary>Choices of a <see cref="DocumentFileStore"/>, with safe defaults.</summary>
/// <threadsafety>Set the properties before handing the options to the store, which copies them.</threadsafety>
public sealed class DocumentFileStoreOptions
{
    private int _retained;
    private TimeSpan _lockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many previous versions to keep in the <c>&lt;file&gt;.history</c> folder next to the document (0, the default,
    /// keeps none). Each save moves the replaced version there; the oldest beyond this number are deleted.
    /// </summary>
    public int RetainedVersions
    {
        get => _retained;
        set => _retained = Guard.Against.OutOfRange(value, nameof(RetainedVersions), 0, 10_000);
    }

    /// <summary>How long a save waits for another writer (in this process or another) to finish. Default 30 seconds.</summary>
    public TimeSpan LockTimeout
    {
        get => _lockTimeout;
        set => _lockTimeout = Guard.Against.OutOfRange(value, nameof(LockTimeout), TimeSpan.Zero, TimeSpan.FromHours(1));
    }

    internal DocumentFileStoreOptions Clone() => (DocumentFileStoreOptions)MemberwiseClone();
}
