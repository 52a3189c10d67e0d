namespace Isms.Extensions.DependencyInjection;

/// <summary>Where <see cref="IsmsDocumentDirectory"/> keeps its documents; set by <c>AddFileStore(path)</c>.</summary>
/// <threadsafety>A mutable options object: configure it from one thread.</threadsafety>
public sealed class IsmsDocumentDirectoryOptions
{
    /// <summary>The folder holding the documents, absolute or relative to the current directory. Required.</summary>
    public string? Path { get; set; }
}
