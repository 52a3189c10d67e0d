using System.Collections;

namespace Isms.Serialization.Formats;

/// <summary>
/// A persistence record list that maps each model item when it is enumerated, for the large registers written by a
/// hand-written converter: each record is written and dropped at once, so the 50,000 risk records of a large ISMS are
/// never all alive together (no promotion to older GC generations while the rest is written). The mapping is pure, so
/// enumerating twice gives equal records.
/// </summary>
/// <typeparam name="TSource">The model's item.</typeparam>
/// <typeparam name="TResult">The persistence record.</typeparam>
/// <threadsafety>Immutable; thread-safe as long as the source is not changed (model registers are immutable).</threadsafety>
internal sealed class MappedList<TSource, TResult>(IReadOnlyList<TSource> source, Func<TSource, TResult> map) : IReadOnlyList<TResult>
{
    /// <inheritdoc />
    public int Count => source.Count;

    /// <inheritdoc />
    public TResult this[int index] => map(source[index]);

    /// <inheritdoc />
    public IEnumerator<TResult> GetEnumerator()
    {
        // The model's registers are ImmutableList-backed: their enumerator visits each node once (see Lists.Map).
        foreach (var item in source)
        {
            yield return map(item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
