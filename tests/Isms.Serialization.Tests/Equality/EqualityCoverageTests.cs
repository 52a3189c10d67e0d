using System.CodeDom.Compiler;
using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Risk.Scoring;
using Isms.Serialization.Tests.Support;
using Isms.Testing;

namespace Isms.Serialization.Tests.Equality;

/// <summary>
/// Value equality is generated ([ValueEquality], eng/Isms.Generators) from every field of a type. These tests prove
/// what a user relies on: for every type with generated equality in every package, changing any one piece of its
/// state breaks equality (so a property added later cannot escape it), copies are equal with equal hashes, real
/// instances agree with an independent structural comparison, and no package hand-writes equality again.
/// </summary>
public sealed class EqualityCoverageTests
{
    /// <summary>The assemblies of the packages (DI has no value types of its own: see the source scan below).</summary>
    private static readonly Assembly[] Packages =
    [
        typeof(InformationSecurityManagementSystem).Assembly,
        typeof(RiskInput).Assembly,
        typeof(CertificationRecord).Assembly,
        typeof(IsmsDocumentSerializer).Assembly,
    ];

    /// <summary>Hand-written equality that is deliberate: a collection's and a case-insensitive name's.</summary>
    private static readonly Type[] HandWritten =
    [
        typeof(Register<,>),                                             // a collection: equal entities in the same order
        typeof(Core.RiskManagement.Criteria.ConsequenceCriterion),       // a name compared ignoring case
    ];

    public static TheoryData<string> GeneratedTypes() => [.. Generated().Select(t => t.FullName!)];

    [Fact]
    public void Every_package_has_types_with_generated_equality()
    {
        var byAssembly = Generated().GroupBy(t => t.Assembly.GetName().Name).ToDictionary(g => g.Key!, g => g.Count());
        Assert.True(byAssembly.GetValueOrDefault("Isms.Core") >= 20, $"Isms.Core: {byAssembly.GetValueOrDefault("Isms.Core")} generated types");
        Assert.True(byAssembly.GetValueOrDefault("Isms.Risk") >= 5);
        Assert.True(byAssembly.GetValueOrDefault("Isms.Certification") >= 8);
        Assert.True(byAssembly.GetValueOrDefault("Isms.Serialization") >= 1);
    }

    [Theory]
    [MemberData(nameof(GeneratedTypes))]
    public void Changing_any_one_field_breaks_equality(string typeName)
    {
        var type = Generated().Single(t => t.FullName == typeName);
        var fields = StateFields(type);
        Assert.NotEmpty(fields);
        for (var seed = 0; seed < 8; seed++)
        {
            var values = new RandomValues(seed * 7919 + typeName.Length);
            var original = values.Instance(type, depth: 0);
            var copy = Clone(original);
            Assert.True(original.Equals(copy), $"{type.Name}: a field-by-field copy is not equal");
            Assert.Equal(original.GetHashCode(), copy.GetHashCode());
            foreach (var field in fields)
            {
                var current = field.GetValue(original);
                object? replacement = null;
                var found = false;
                for (var attempt = 0; attempt < 50 && !found; attempt++)
                {
                    replacement = values.Value(field.FieldType, depth: 1);
                    found = !Oracle.Same(current, replacement, field);
                }

                Assert.True(found, $"{type.Name}.{field.Name}: no different value could be made for a {field.FieldType.Name}");
                var changed = Clone(original);
                field.SetValue(changed, replacement);
                if (original.Equals(changed))
                {
                    Assert.Fail($"{type.Name}: changing {Member(field)} ({Describe(current)} -> {Describe(replacement)}) leaves it equal: the field escapes equality");
                }

                Assert.False(changed.Equals(original), $"{type.Name}: changing {Member(field)} leaves it equal (other direction)");
            }
        }
    }

    [Fact]
    public void Real_instances_from_generated_isms_agree_with_a_structural_comparison()
    {
        var generated = Generated().ToHashSet();
        var samples = new Dictionary<Type, List<object>>();
        foreach (var isms in IsmsArbitraries.Isms.Sample(12, 6))
        {
            Harvest(isms, generated, samples, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }

        Assert.True(samples.Count >= 15, $"only {samples.Count} types harvested");
        foreach (var (type, instances) in samples)
        {
            var some = instances.Take(25).ToList();
            foreach (var a in some)
            {
                foreach (var b in some)
                {
                    var same = Oracle.Same(a, b, null);
                    Assert.True(same == a.Equals(b), $"{type.Name}: Equals says {a.Equals(b)}, the structural comparison {same}");
                    if (same)
                    {
                        Assert.Equal(a.GetHashCode(), b.GetHashCode());
                    }
                }
            }
        }
    }

    [Fact]
    public void Records_with_collections_have_generated_equality()
    {
        // A record's compiler-written equality compares an ImmutableArray (or any collection) by reference: such a
        // record must be [ValueEquality].
        var offenders = Packages.SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic && IsRecord(t) && !IsGenerated(t))
            .SelectMany(t => StateFields(t).Where(f => Oracle.IsCollection(f.FieldType) && !HasOwnEquality(f.FieldType)).Select(f => $"{t.FullName}.{Member(f)}"))
            .ToList();
        Assert.True(offenders.Count == 0, "records comparing collections by reference: " + string.Join(", ", offenders));
    }

    [Fact]
    public void No_type_hand_writes_equality_outside_the_documented_exceptions()
    {
        var offenders = Packages.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsInterface && !t.IsEnum && !IsRecord(t) && !IsGenerated(t) && !HandWritten.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t))
            .Where(t => t.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [typeof(object)]) is not null)
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "hand-written Equals(object): " + string.Join(", ", offenders));
    }

    [Fact]
    public void No_source_file_in_src_hand_writes_equals_on_a_record()
    {
        // Covers every package, also ones added later: a record's Equals(T) is generated or not written at all.
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryLayout.Root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f =>
            {
                var text = File.ReadAllText(f);
                return text.Contains(" record ", StringComparison.Ordinal)
                    && System.Text.RegularExpressions.Regex.IsMatch(text, @"public (virtual )?bool Equals\(\w+\? other\)");
            })
            .Select(f => Path.GetRelativePath(RepositoryLayout.Root.FullName, f))
            .ToList();
        Assert.True(offenders.Count == 0, "records with hand-written Equals: " + string.Join(", ", offenders));
    }

    private static IEnumerable<Type> Generated() =>
        Packages.SelectMany(a => a.GetTypes()).Where(IsGenerated).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsGenerated(Type type) =>
        type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [type])
            ?.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "Isms.Generators.ValueEqualityGenerator";

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool HasOwnEquality(Type type) =>
        type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [typeof(object)])?.DeclaringType is { } declaring
        && declaring != typeof(object) && declaring != typeof(ValueType);

    /// <summary>The state a type's equality must cover: its instance fields and those of its base records.</summary>
    internal static List<FieldInfo> StateFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return fields;
    }

    private static string Member(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    private static string Describe(object? value)
    {
        try
        {
            return value switch
            {
                null => "null",
                IEnumerable e and not string => $"[{string.Join(", ", e.Cast<object?>().Take(4))}]",
                _ => value.ToString() ?? "?",
            };
        }
        catch (NullReferenceException)
        {
            return value!.GetType().Name; // a ToString over an instance built without its constructor
        }
    }

    private static object Clone(object value)
    {
        if (value.GetType().IsValueType)
        {
            var boxed = RuntimeHelpers.GetUninitializedObject(value.GetType());
            foreach (var field in StateFields(value.GetType()))
            {
                field.SetValue(boxed, field.GetValue(value));
            }

            return boxed;
        }

        return typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(value, null)!;
    }

    private static void Harvest(object? value, HashSet<Type> generated, Dictionary<Type, List<object>> samples, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Type || value is Delegate)
        {
            return;
        }

        var type = value.GetType();
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (generated.Contains(type))
        {
            (samples.TryGetValue(type, out var list) ? list : samples[type] = []).Add(value);
        }

        if (type.Namespace?.StartsWith("Isms", StringComparison.Ordinal) != true && value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Harvest(item, generated, samples, seen);
            }

            return;
        }

        if (type.Namespace?.StartsWith("Isms", StringComparison.Ordinal) == true)
        {
            foreach (var field in StateFields(type))
            {
                Harvest(field.GetValue(value), generated, samples, seen);
            }
        }
    }
}
