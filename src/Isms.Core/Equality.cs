using System.Collections.Immutable;

namespace Isms.Core;

/// <summary>
/// Structural equality for the immutable collections inside records: <see cref="ImmutableArray{T}"/> and
/// <see cref="ImmutableDictionary{TKey, TValue}"/> compare by reference by default, which would break the value
/// equality records promise.
/// </summary>
internal static class Equality
{
    public static bool Sequence<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan());

    public static bool Dictionary<TKey, TValue>(ImmutableDictionary<TKey, TValue> a, ImmutableDictionary<TKey, TValue> b)
        where TKey : notnull =>
        ReferenceEquals(a, b)
        || (a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && EqualityComparer<TValue>.Default.Equals(pair.Value, value)));

    public static int Hash<T>(ImmutableArray<T> a)
    {
        var hash = new HashCode();
        if (!a.IsDefault)
        {
            foreach (var item in a)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
