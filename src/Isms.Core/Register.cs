using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;

namespace Isms.Core;

/// <summary>
/// An immutable register of entities keyed by their strongly typed id, in insertion order: the asset inventory,
/// the list of people, the documented information register... Ids are unique. "Changes" return a new register;
/// a change that fails (duplicate id, unknown id) throws <see cref="IsmsException"/> and changes nothing.
/// Two registers are equal when they hold equal entities in the same order.
/// </summary>
/// <typeparam name="TId">The strongly typed id.</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Register<TId, TEntity> : IReadOnlyList<TEntity>, IEquatable<Register<TId, TEntity>>
    where TId : struct, IEntityId, IEquatable<TId>
    where TEntity : class, IEntity<TId>
{
    // A register created whole (Of) keeps its entities in a plain array and gets a plain dictionary: both built in one
    // pass, the fastest to enumerate and look up, and never written after construction (safe for concurrent readers).
    // Changes (Add, Remove, Replace) work on an immutable list and dictionary, converted from the plain ones at most
    // once per register and cached, so a run of changes stays O(log n) each.
    // The plain dictionary is keyed by the id's string (an id is its value, see IEntityId): a string-keyed dictionary
    // hashes without randomisation until keys collide, then switches to randomised hashing, so lookups are faster and
    // crafted ids still cannot degrade it.
    private readonly ImmutableArray<TEntity>? _array;
    private readonly Dictionary<string, TEntity>? _index;
    private ImmutableList<TEntity>? _items;
    private ImmutableDictionary<TId, TEntity>? _byId;

    private Register(ImmutableList<TEntity> items, ImmutableDictionary<TId, TEntity> byId)
    {
        _items = items;
        _byId = byId;
    }

    private Register(TEntity[] items, Dictionary<string, TEntity> index)
    {
        _array = ImmutableCollectionsMarshal.AsImmutableArray(items);
        _index = index;
    }

    /// <summary>The empty register.</summary>
    public static Register<TId, TEntity> Empty { get; } = new([], ImmutableDictionary<TId, TEntity>.Empty);

    /// <summary>Creates a register from entities, keeping their order.</summary>
    /// <param name="entities">The entities; ids must be unique and not empty.</param>
    /// <exception cref="IsmsException">Two entities share an id (<c>ISMS-CORE-010</c>) or an id is empty (<c>ISMS-CORE-001</c>).</exception>
    public static Register<TId, TEntity> Of(IEnumerable<TEntity> entities)
    {
        Guard.Against.Null(entities);

        // Arrays and lists are read in place (a ReadOnlySpan accepts a covariant array); anything else is copied once.
        return entities switch
        {
            TEntity[] array => Of(new ReadOnlySpan<TEntity>(array)),
            List<TEntity> list => Of(CollectionsMarshal.AsSpan(list)),
            _ => Of(new ReadOnlySpan<TEntity>(entities.ToArray())),
        };
    }

    /// <summary>Creates a register from entities, keeping their order.</summary>
    /// <param name="entities">The entities; ids must be unique and not empty.</param>
    /// <exception cref="IsmsException">Two entities share an id (<c>ISMS-CORE-010</c>) or an id is empty (<c>ISMS-CORE-001</c>).</exception>
    public static Register<TId, TEntity> Of(params ReadOnlySpan<TEntity> entities)
    {
        if (entities.IsEmpty)
        {
            return Empty;
        }

        var items = new TEntity[entities.Length];
        var index = new Dictionary<string, TEntity>(entities.Length, StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            Guard.Against.Null(entity, nameof(entities));
            // The field name is only built for the error: a register of 50,000 would otherwise build 50,000 strings.
            var id = entity.Id.Value is null ? Check.Id(entity.Id, $"{typeof(TEntity).Name}.Id") : entity.Id;
            if (!index.TryAdd(id.Value, entity))
            {
                throw Duplicate(id);
            }

            items[i] = entity;
        }

        return new Register<TId, TEntity>(items, index);
    }

    /// <summary>The number of entities.</summary>
    public int Count => _array is { } array ? array.Length : _items!.Count;

    /// <summary>True when the register holds no entity.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The ids, in register order.</summary>
    public IEnumerable<TId> Ids => this.Select(e => e.Id);

    /// <summary>The entity at a position (register order).</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the register.</exception>
    public TEntity this[int index] => _array is not { } array ? _items![index]
        : (uint)index < (uint)array.Length ? array[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The entity with this id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No entity has this id (<c>ISMS-CORE-011</c>).</exception>
    public TEntity this[TId id] => TryGet(id, out var entity) ? entity : throw Unknown(id);

    /// <summary>True when an entity with this id is registered.</summary>
    /// <param name="id">The id.</param>
    public bool Contains(TId id) => _index is { } index ? id.Value is { } key && index.ContainsKey(key) : _byId!.ContainsKey(id);

    /// <summary>Finds an entity by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="entity">The entity, or <see langword="null"/>.</param>
    public bool TryGet(TId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TEntity? entity)
    {
        if (_index is not { } index)
        {
            return _byId!.TryGetValue(id, out entity);
        }

        if (id.Value is { } key)
        {
            return index.TryGetValue(key, out entity);
        }

        entity = null;
        return false;
    }

    /// <summary>Returns a register with the entity added at the end.</summary>
    /// <param name="entity">The entity; its id must not be registered yet.</param>
    /// <exception cref="IsmsException">The id is already registered (<c>ISMS-CORE-010</c>).</exception>
    public Register<TId, TEntity> Add(TEntity entity)
    {
        Guard.Against.Null(entity);
        var id = Check.Id(entity.Id, $"{typeof(TEntity).Name}.Id");
        if (Contains(id))
        {
            throw Duplicate(id);
        }

        return new Register<TId, TEntity>(Items().Add(entity), ById().Add(id, entity));
    }

    /// <summary>Returns a register with the entity of this id removed.</summary>
    /// <param name="id">The id of the entity to remove.</param>
    /// <exception cref="IsmsException">No entity has this id (<c>ISMS-CORE-011</c>).</exception>
    public Register<TId, TEntity> Remove(TId id)
    {
        if (!TryGet(id, out var existing))
        {
            throw Unknown(id);
        }

        var items = Items();
        var index = items.IndexOf(existing, ReferenceEqualityComparer.Instance);
        return new Register<TId, TEntity>(items.RemoveAt(index), ById().Remove(id));
    }

    /// <summary>Returns a register with the entity of the same id replaced by <paramref name="entity"/> (same position).</summary>
    /// <param name="entity">The new version of the entity.</param>
    /// <exception cref="IsmsException">No entity has this id (<c>ISMS-CORE-011</c>).</exception>
    public Register<TId, TEntity> Replace(TEntity entity)
    {
        Guard.Against.Null(entity);
        if (!TryGet(entity.Id, out var existing))
        {
            throw Unknown(entity.Id);
        }

        var items = Items();
        var index = items.IndexOf(existing, ReferenceEqualityComparer.Instance);
        return new Register<TId, TEntity>(items.SetItem(index, entity), ById().SetItem(entity.Id, entity));
    }

    /// <summary>Returns a register with the entity added, or replaced when its id is already registered.</summary>
    /// <param name="entity">The entity.</param>
    public Register<TId, TEntity> Upsert(TEntity entity)
    {
        Guard.Against.Null(entity);
        return Contains(entity.Id) ? Replace(entity) : Add(entity);
    }

    /// <inheritdoc />
    public IEnumerator<TEntity> GetEnumerator() =>
        _array is { } array ? ((IEnumerable<TEntity>)ImmutableCollectionsMarshal.AsArray(array)!).GetEnumerator() : _items!.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Register<TId, TEntity>? other) =>
        other is not null && (ReferenceEquals(this, other) || this.SequenceEqual(other));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Register<TId, TEntity>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the register, e.g. <c>Register&lt;Asset&gt; (20)</c>.</summary>
    public override string ToString() => $"Register<{typeof(TEntity).Name}> ({Count})";

    /// <summary>The entities as an immutable list, for changes (converted once from the plain array).</summary>
    private ImmutableList<TEntity> Items()
    {
        if (_items is { } items)
        {
            return items;
        }

        // Any thread may convert; all conversions are equal, the first one stored wins.
        var converted = ImmutableList.Create(_array!.Value.AsSpan());
        return Interlocked.CompareExchange(ref _items, converted, null) ?? converted;
    }

    /// <summary>The index as an immutable dictionary, for changes (converted once from the plain index).</summary>
    private ImmutableDictionary<TId, TEntity> ById()
    {
        if (_byId is { } byId)
        {
            return byId;
        }

        // Any thread may convert; all conversions are equal, the first one stored wins.
        var converted = ImmutableDictionary.CreateRange(_index!.Values.Select(e => KeyValuePair.Create(e.Id, e)));
        return Interlocked.CompareExchange(ref _byId, converted, null) ?? converted;
    }

    private static IsmsException Duplicate(TId id) =>
        Fault.Of(IsmsErrorCodes.DuplicateId, $"The {typeof(TEntity).Name} register already holds id '{id.Value}'.", typeof(TEntity).Name, id.Value, "Id", id.Value);

    private static IsmsException Unknown(TId id) =>
        Fault.Of(IsmsErrorCodes.UnknownId, $"The {typeof(TEntity).Name} register holds no id '{id.Value}'.", typeof(TEntity).Name, id.Value, value: id.Value);
}
