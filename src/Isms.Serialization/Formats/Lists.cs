using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Isms.Serialization.Formats;

/// <summary>
/// Maps lists to exactly sized arrays without LINQ iterators, intermediate lists or copies: persistence records get
/// plain arrays (an empty list is the shared empty array), the model gets <see cref="ImmutableArray{T}"/> over the
/// array it was mapped into.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class Lists
{
    /// <summary>Maps a model list to a persistence record list.</summary>
    public static TResult[] Map<T, TResult>(ImmutableArray<T> source, Func<T, TResult> map)
    {
        if (source.IsDefaultOrEmpty)
        {
            return [];
        }

        var result = new TResult[source.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(source[i]);
        }

        return result;
    }

    /// <summary>Maps a model register or list to a persistence record list.</summary>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> source, Func<T, TResult> map)
    {
        var count = source.Count;
        if (count == 0)
        {
            return [];
        }

        var result = new TResult[count];
        if (source is T[] array)
        {
            for (var i = 0; i < count; i++)
            {
                result[i] = map(array[i]);
            }

            return result;
        }

        // A register changed after it was created is ImmutableList-backed: its indexer walks the tree (O(log n) per
        // item), its enumerator visits each node once.
        var next = 0;
        foreach (var item in source)
        {
            result[next++] = map(item);
        }

        return result;
    }

    /// <summary>Maps a persistence record list to a model list.</summary>
    public static ImmutableArray<TResult> ToImmutable<T, TResult>(IReadOnlyList<T> source, Func<T, TResult> map)
    {
        var count = source.Count;
        if (count == 0)
        {
            return [];
        }

        var result = new TResult[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = map(source[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>Maps a persistence record list to a model list, with each item's index (for its path).</summary>
    public static ImmutableArray<TResult> ToImmutable<T, TResult>(IReadOnlyList<T> source, Func<T, int, TResult> map)
    {
        var count = source.Count;
        if (count == 0)
        {
            return [];
        }

        var result = new TResult[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = map(source[i], i);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
