using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Isms.Serialization.Tests.Equality;

/// <summary>
/// An independent structural comparison, written from reflection without the generated code: collections by content
/// (dictionaries by key), the packages' own types field by field, anything else with its own <c>Equals</c>.
/// Members marked <c>[CompareByReference]</c> or <c>[CompareBy(member)]</c> are compared the way the mark says.
/// </summary>
internal static class Oracle
{
    public static bool Same(object? a, object? b, FieldInfo? field)
    {
        var marks = field is null ? [] : Marks(field);
        if (marks.Any(m => m.GetType().Name == "CompareByReferenceAttribute"))
        {
            return ReferenceEquals(a, b);
        }

        if (marks.FirstOrDefault(m => m.GetType().Name == "CompareByAttribute") is { } byKey)
        {
            var member = (string)byKey.GetType().GetProperty("Member")!.GetValue(byKey)!;
            return Same(Key(a, member), Key(b, member), null);
        }

        return Same(a, b);
    }

    public static bool IsCollection(Type type) =>
        type != typeof(string) && (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)));

    private static bool Same(object? a, object? b)
    {
        a = DefaultArrayAsEmpty(a);
        b = DefaultArrayAsEmpty(b);
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is string || a.GetType().IsPrimitive || a.GetType().IsEnum || b is string)
        {
            return a.Equals(b);
        }

        if (a is IDictionary da && b is IDictionary db)
        {
            return da.Count == db.Count && da.Keys.Cast<object>().All(k => db.Contains(k) && Same(da[k], db[k]));
        }

        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            return la.Count == lb.Count && la.Zip(lb).All(p => Same(p.First, p.Second));
        }

        if (a.GetType() != b.GetType())
        {
            return false;
        }

        if (a.GetType().Namespace?.StartsWith("Isms", StringComparison.Ordinal) == true)
        {
            return EqualityCoverageTests.StateFields(a.GetType()).All(f => Same(f.GetValue(a), f.GetValue(b), f));
        }

        return a.Equals(b);
    }

    private static object? Key(object? value, string member) =>
        value?.GetType().GetProperty(member)?.GetValue(value) ?? value?.GetType().GetField(member)?.GetValue(value);

    private static object[] Marks(FieldInfo field)
    {
        var owner = field.DeclaringType!;
        var name = field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : null;
        MemberInfo member = name is null ? field : (MemberInfo?)owner.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) ?? field;
        return member.GetCustomAttributes(false);
    }

    private static object? DefaultArrayAsEmpty(object? value) =>
        value is not null && value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            && (bool)value.GetType().GetProperty("IsDefault")!.GetValue(value)!
            ? Array.Empty<object>()
            : value;
}

/// <summary>
/// Random values of any field type, built through reflection without the types' constructors (equality compares
/// state; invariants do not matter here): primitives, texts, NodaTime values, immutable collections, the packages'
/// ids, records and classes (fields filled recursively), a concrete subtype for an abstract one.
/// </summary>
internal sealed class RandomValues(int seed)
{
    private static readonly string[] Zones = ["Europe/Berlin", "Asia/Tokyo", "America/New_York", "UTC", "Australia/Sydney"];
    private readonly Random _random = new(seed);

    public object Instance(Type type, int depth) =>
        Value(type, depth) ?? throw new InvalidOperationException($"no instance of {type}");

    public object? Value(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return _random.Next(4) == 0 ? null : Value(inner, depth);
        }

        if (type == typeof(string))
        {
            return "s" + _random.Next(1_000_000);
        }

        if (type == typeof(bool))
        {
            return _random.Next(2) == 0;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(_random.Next(values.Length));
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return Convert.ChangeType(_random.Next(1, 120), type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(LocalDate))
        {
            return new LocalDate(2000, 1, 1).PlusDays(_random.Next(9000));
        }

        if (type == typeof(Instant))
        {
            return Instant.FromUnixTimeSeconds(1_600_000_000L + _random.Next(100_000_000));
        }

        if (type == typeof(LocalDateTime))
        {
            return new LocalDate(2000, 1, 1).PlusDays(_random.Next(9000)).AtMidnight().PlusMinutes(_random.Next(1440));
        }

        if (type == typeof(Period))
        {
            return Period.FromDays(_random.Next(1, 400));
        }

        if (type == typeof(Duration))
        {
            return Duration.FromMinutes(_random.Next(1, 100_000));
        }

        if (type == typeof(DateTimeZone))
        {
            return DateTimeZoneProviders.Tzdb[Zones[_random.Next(Zones.Length)]];
        }

        if (type == typeof(Uri))
        {
            return new Uri($"https://h{_random.Next(10_000)}.example/");
        }

        if (type.IsArray)
        {
            var items = Items(type.GetElementType()!, depth);
            var array = Array.CreateInstance(type.GetElementType()!, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var args = type.GetGenericArguments();
            if (definition == typeof(ImmutableArray<>))
            {
                return Generic(nameof(MakeImmutableArray), args, Items(args[0], depth));
            }

            if (definition == typeof(ImmutableDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IImmutableDictionary<,>))
            {
                return Generic(nameof(MakeImmutableDictionary), args, Items(args[0], depth), Items(args[1], depth));
            }

            if (definition == typeof(Dictionary<,>))
            {
                return Generic(nameof(MakeDictionary), args, Items(args[0], depth), Items(args[1], depth));
            }

            if (definition == typeof(ImmutableList<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IImmutableList<>))
            {
                return Generic(nameof(MakeImmutableList), args, Items(args[0], depth));
            }

            if (definition == typeof(Core.Register<,>))
            {
                return Generic(nameof(MakeRegister), args, Items(args[1], depth));
            }

            if (definition == typeof(IProgress<>))
            {
                return Activator.CreateInstance(typeof(Progress<>).MakeGenericType(args));
            }
        }

        if (type.IsInterface || typeof(Delegate).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsAbstract)
        {
            var concrete = type.Assembly.GetTypes().Where(t => !t.IsAbstract && type.IsAssignableFrom(t) && !t.IsGenericTypeDefinition).ToArray();
            return concrete.Length == 0 ? null : Value(concrete[_random.Next(concrete.Length)], depth);
        }

        if (type.Namespace?.StartsWith("Isms", StringComparison.Ordinal) != true)
        {
            throw new NotSupportedException($"RandomValues cannot make a {type}: add it.");
        }

        if (depth > 4)
        {
            return type.IsValueType ? RuntimeHelpers.GetUninitializedObject(type) : null;
        }

        var instance = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in EqualityCoverageTests.StateFields(type))
        {
            field.SetValue(instance, Value(field.FieldType, depth + 1));
        }

        return instance;
    }

    private List<object?> Items(Type type, int depth)
    {
        var count = depth > 3 ? 0 : _random.Next(0, 4);
        var items = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            if (Value(type, depth + 1) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static object Generic(string method, Type[] args, params object[] parameters) =>
        typeof(RandomValues).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(args).Invoke(null, parameters)!;

    private static ImmutableArray<T> MakeImmutableArray<T>(List<object?> items) => [.. items.Cast<T>()];

    private static ImmutableList<T> MakeImmutableList<T>(List<object?> items) => [.. items.Cast<T>()];

    private static ImmutableDictionary<TKey, TValue> MakeImmutableDictionary<TKey, TValue>(List<object?> keys, List<object?> values)
        where TKey : notnull => MakeDictionary<TKey, TValue>(keys, values).ToImmutableDictionary();

    private static Dictionary<TKey, TValue> MakeDictionary<TKey, TValue>(List<object?> keys, List<object?> values)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, TValue>();
        foreach (var (key, value) in keys.Zip(values))
        {
            result.TryAdd((TKey)key!, (TValue)value!);
        }

        return result;
    }

    private static Core.Register<TId, T> MakeRegister<TId, T>(List<object?> items)
        where TId : struct, Core.IEntityId, IEquatable<TId>
        where T : class, Core.IEntity<TId> =>
        Core.Register<TId, T>.Of(items.Cast<T>().DistinctBy(e => e.Id));
}
