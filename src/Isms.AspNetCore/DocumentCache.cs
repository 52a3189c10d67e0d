using System.Collections.Concurrent;
using Isms.Serialization.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Isms.AspNetCore;

/// <summary>
/// The parse-once cache: the last loaded model of each (tenant, document), valid for exactly one revision (its ETag,
/// which never repeats), so an unchanged document is read and verified once however many GETs follow. Results computed
/// from that model (readiness, scored register on a date) are memoised with it and die with it. Bounded by
/// <see cref="IsmsWebOptions.CacheCapacity"/> entries (least recently used go first).
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public DocumentCache(int capacity)
    {
        _cache = capacity > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity }) : null;
    }

    public bool Enabled => _cache is not null;

    /// <summary>The cached entry of a document when it holds exactly <paramref name="etag"/>.</summary>
    public Entry? Get(string tenant, DocumentKey key, string etag) =>
        _cache is not null && _cache.TryGetValue((tenant, key), out Entry? entry) && entry!.Revision.ETag == etag ? entry : null;

    /// <summary>Keeps a freshly loaded or saved model (replacing an older revision's entry).</summary>
    public Entry Put(string tenant, DocumentKey key, object model, DocumentRevision revision)
    {
        var entry = new Entry(model, revision);
        if (_cache is not null)
        {
            using var cacheEntry = _cache.CreateEntry((tenant, key));
            cacheEntry.Size = 1;
            cacheEntry.Value = entry;
        }

        return entry;
    }

    /// <summary>Forgets every document of a tenant's key (after a delete).</summary>
    public void Remove(string tenant, DocumentKey key) => _cache?.Remove((tenant, key));

    public void Dispose() => _cache?.Dispose();

    /// <summary>A parsed model of one revision and what was computed from it.</summary>
    internal sealed class Entry(object model, DocumentRevision revision)
    {
        private readonly ConcurrentDictionary<(string What, NodaTime.LocalDate AsOf), object> _results = new();

        public object Model { get; } = model;

        public DocumentRevision Revision { get; } = revision;

        /// <summary>A result computed once per date (a model is immutable, so the result is too).</summary>
        public T Computed<T>(string what, NodaTime.LocalDate asOf, Func<T> compute)
            where T : class
        {
            // Bounded: a client asking for every date of a century would otherwise grow the entry without limit.
            if (_results.Count >= 64)
            {
                _results.Clear();
            }

            return (T)_results.GetOrAdd((what, asOf), static (_, c) => c(), compute);
        }
    }
}
