using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Isms.Generators;

/// <summary>
/// Writes value equality (<c>Equals(T)</c>, <c>GetHashCode()</c>, and for classes and structs <c>Equals(object)</c>,
/// for structs <c>==</c>/<c>!=</c>) for every <c>partial</c> record, class or struct marked <c>[ValueEquality]</c>.
/// </summary>
/// <remarks>
/// <para>It compares every instance field of the type, the compiler's backing fields included (read through their
/// property), which is exactly the state the compiler's own record equality would compare: a property added later
/// takes part without anyone writing a line. Computed properties (no backing field) are not state and are skipped.</para>
/// <para>Per member: <c>ImmutableArray&lt;T&gt;</c> and arrays by sequence (default and empty are equal);
/// dictionaries (anything implementing <c>IReadOnlyDictionary&lt;K,V&gt;</c> without its own <c>Equals</c>) by
/// content, sets by set equality, any other collection by sequence; everything else with
/// <c>EqualityComparer&lt;T&gt;.Default</c>. A member whose type is a class that neither overrides <c>Equals</c>
/// nor is a collection would compare by reference: that is reported as error ISMSGEN001, so it cannot slip in.</para>
/// <para>Records deriving from another record compare the base's state through <c>base.Equals</c>.</para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ValueEqualityGenerator : IIncrementalGenerator
{
    /// <summary>The marker attribute's full name.</summary>
    public const string AttributeName = "Isms.ValueEqualityAttribute";

    /// <summary>The member marker: compare this member by reference, on purpose (a callback, a simulation's result).</summary>
    public const string ByReferenceName = "Isms.CompareByReferenceAttribute";

    /// <summary>The member marker: compare this member by one of its own members (a time zone by its id).</summary>
    public const string ByKeyName = "Isms.CompareByAttribute";

    private const string Helper = "global::Isms.Generated.ValueEquality";

    private static readonly DiagnosticDescriptor ReferenceMember = new(
        "ISMSGEN001",
        "Member compares by reference",
        "{0}.{1} is a {2}, which has no value equality: [ValueEquality] would compare it by reference. Give {2} value equality ([ValueEquality] or a record).",
        "Isms.Equality",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NoSuchKey = new(
        "ISMSGEN003",
        "[CompareBy] names no member",
        "{0}.{1}: [CompareBy(\"{2}\")] names no property or field of {3}",
        "Isms.Equality",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NotPartial = new(
        "ISMSGEN002",
        "[ValueEquality] type must be partial",
        "{0} carries [ValueEquality] but is not partial (nor are all its containing types)",
        "Isms.Equality",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static c =>
        {
            c.AddEmbeddedAttributeDefinition();
            c.AddSource("Isms.ValueEqualityAttribute.g.cs", AttributeSource);
            c.AddSource("Isms.Generated.ValueEquality.g.cs", HelperSource);
        });

        var types = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (ctx, ct) => Generate((INamedTypeSymbol)ctx.TargetSymbol, ct));

        context.RegisterSourceOutput(types, static (spc, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Source is not null)
            {
                spc.AddSource(result.HintName, result.Source);
            }
        });
    }

    private static Result Generate(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var hintName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty).Replace('<', '[').Replace('>', ']') + ".Equality.g.cs";
        var diagnostics = new List<DiagnosticInfo>();
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (!t.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                diagnostics.Add(DiagnosticInfo.Create(NotPartial, type, type.Name));
                return new Result(hintName, null, diagnostics.ToImmutableArray());
            }
        }

        var members = new List<(string Name, ITypeSymbol Type, Comparison Comparison)>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IFieldSymbol field || field.IsStatic || field.IsConst || field.AssociatedSymbol is IEventSymbol)
            {
                continue;
            }

            var name = field.AssociatedSymbol is IPropertySymbol property ? property.Name : field.Name;
            var markers = (field.AssociatedSymbol ?? field).GetAttributes();
            if (markers.Any(a => a.AttributeClass?.ToDisplayString() == ByReferenceName))
            {
                members.Add((Identifier(name), field.Type, Comparison.ByReference));
                continue;
            }

            if (markers.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ByKeyName) is { ConstructorArguments.Length: 1 } byKey && byKey.ConstructorArguments[0].Value is string key)
            {
                var keyMember = field.Type.GetMembers(key).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
                var keyType = keyMember switch { IPropertySymbol p => p.Type, IFieldSymbol f => f.Type, _ => null };
                if (keyType is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(NoSuchKey, field.AssociatedSymbol ?? field, type.Name, name, key, field.Type.ToDisplayString()));
                    continue;
                }

                members.Add((Identifier(name) + "?." + Identifier(key), keyType, Comparison.Default));
                continue;
            }

            var comparison = Classify(field.Type);
            if (comparison == Comparison.Reference)
            {
                var location = field.AssociatedSymbol ?? field;
                diagnostics.Add(DiagnosticInfo.Create(ReferenceMember, location.Locations.IsEmpty ? type : location, type.Name, name, field.Type.ToDisplayString()));
            }

            members.Add((Identifier(name), field.Type, comparison));
        }

        // Cheap comparisons first: a difference in an id or a date is found before any collection is walked.
        members = [.. members.Where(m => m.Comparison == Comparison.Default), .. members.Where(m => m.Comparison != Comparison.Default)];
        return new Result(hintName, Emit(type, members), diagnostics.ToImmutableArray());
    }

    private static string Emit(INamedTypeSymbol type, List<(string Name, ITypeSymbol Type, Comparison Comparison)> members)
    {
        var text = new StringBuilder();
        text.AppendLine("// <auto-generated>Written by Isms.Generators.ValueEqualityGenerator from the type's fields; do not edit.</auto-generated>");
        text.AppendLine("#nullable enable");
        text.AppendLine("#pragma warning disable CS1591");
        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            text.Append("namespace ").Append(type.ContainingNamespace.ToDisplayString()).AppendLine(";");
        }

        var containers = new Stack<INamedTypeSymbol>();
        for (var t = type.ContainingType; t is not null; t = t.ContainingType)
        {
            containers.Push(t);
        }

        foreach (var container in containers)
        {
            text.Append("partial ").Append(Keyword(container)).Append(' ').Append(NameWithTypeParameters(container)).AppendLine(" {");
        }

        var self = NameWithTypeParameters(type);
        var isRecord = type.IsRecord;
        var isStruct = type.IsValueType;
        var baseRecord = isRecord && !isStruct && type.BaseType is { } b && b.SpecialType != SpecialType.System_Object ? b : null;
        var attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"Isms.Generators.ValueEqualityGenerator\", \"1.0.0\")]";
        var other = isStruct ? "other" : "other!";

        text.Append("partial ").Append(Keyword(type)).Append(' ').Append(self);
        if (!isRecord)
        {
            text.Append(" : global::System.IEquatable<").Append(self).Append('>');
        }

        text.AppendLine();
        text.AppendLine("{");

        // Equals(T)
        var parameter = isStruct ? self : self + "?";
        var modifier = isRecord && !isStruct && !type.IsSealed ? "public virtual" : "public";
        text.AppendLine("    /// <inheritdoc />");
        text.Append("    ").AppendLine(attribute);
        text.Append("    ").Append(modifier).Append(" bool Equals(").Append(parameter).AppendLine(" other)");
        text.AppendLine("    {");
        if (!isStruct)
        {
            text.AppendLine("        if (ReferenceEquals(this, other))");
            text.AppendLine("        {");
            text.AppendLine("            return true;");
            text.AppendLine("        }");
            text.AppendLine();
            if (baseRecord is not null)
            {
                text.Append("        if (!base.Equals((").Append(baseRecord.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).AppendLine("?)other))");
            }
            else if (isRecord && !type.IsSealed)
            {
                text.AppendLine("        if (other is null || EqualityContract != other.EqualityContract)");
            }
            else
            {
                text.AppendLine("        if (other is null)");
            }

            text.AppendLine("        {");
            text.AppendLine("            return false;");
            text.AppendLine("        }");
            text.AppendLine();
        }

        if (members.Count == 0)
        {
            text.AppendLine("        return true;");
        }
        else
        {
            text.Append("        return ");
            for (var i = 0; i < members.Count; i++)
            {
                var (name, memberType, comparison) = members[i];
                if (i > 0)
                {
                    text.AppendLine().Append("            && ");
                }

                text.Append(EqualsExpression(name, memberType, comparison, other));
            }

            text.AppendLine(";");
        }

        text.AppendLine("    }");
        text.AppendLine();

        // Equals(object) for classes and structs (records synthesize it).
        if (!isRecord)
        {
            text.AppendLine("    /// <inheritdoc />");
            text.Append("    ").AppendLine(attribute);
            text.Append("    public override bool Equals(object? obj) => ")
                .Append(isStruct ? $"obj is {self} other && Equals(other);" : $"Equals(obj as {self});")
                .AppendLine();
            text.AppendLine();
        }

        // GetHashCode
        text.AppendLine("    /// <inheritdoc />");
        text.Append("    ").AppendLine(attribute);
        text.AppendLine("    public override int GetHashCode()");
        text.AppendLine("    {");
        text.AppendLine("        var hash = new global::System.HashCode();");
        if (baseRecord is not null)
        {
            text.AppendLine("        hash.Add(base.GetHashCode());");
        }

        foreach (var (name, memberType, comparison) in members)
        {
            text.Append("        hash.Add(").Append(HashExpression(name, memberType, comparison)).AppendLine(");");
        }

        text.AppendLine("        return hash.ToHashCode();");
        text.AppendLine("    }");

        if (isStruct && !isRecord)
        {
            text.AppendLine();
            text.AppendLine("    /// <summary>True when both values hold equal state.</summary>");
            text.Append("    ").AppendLine(attribute);
            text.Append("    public static bool operator ==(").Append(self).Append(" left, ").Append(self).AppendLine(" right) => left.Equals(right);");
            text.AppendLine();
            text.AppendLine("    /// <summary>True when the values differ in some state.</summary>");
            text.Append("    ").AppendLine(attribute);
            text.Append("    public static bool operator !=(").Append(self).Append(" left, ").Append(self).AppendLine(" right) => !left.Equals(right);");
        }

        text.AppendLine("}");
        foreach (var _ in containers)
        {
            text.AppendLine("}");
        }

        return text.ToString();
    }

    private static string EqualsExpression(string name, ITypeSymbol type, Comparison comparison, string other) => comparison switch
    {
        Comparison.ImmutableArray => $"{Helper}.ImmutableArrays(this.{name}, {other}.{name})",
        Comparison.Array => $"{Helper}.Arrays(this.{name}, {other}.{name})",
        Comparison.Dictionary => $"{Helper}.Dictionaries(this.{name}, {other}.{name})",
        Comparison.Set => $"{Helper}.Sets(this.{name}, {other}.{name})",
        Comparison.Sequence => $"{Helper}.Sequences(this.{name}, {other}.{name})",
        Comparison.ByReference => $"ReferenceEquals(this.{name}, {other}.{name})",
        _ => $"global::System.Collections.Generic.EqualityComparer<{type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes))}>.Default.Equals(this.{name}, {other}.{name})",
    };

    private static string HashExpression(string name, ITypeSymbol type, Comparison comparison) => comparison switch
    {
        Comparison.ImmutableArray => $"{Helper}.ImmutableArrayHash(this.{name})",
        Comparison.Array => $"{Helper}.ArrayHash(this.{name})",
        Comparison.Dictionary => $"{Helper}.DictionaryHash(this.{name})",
        Comparison.Set => $"{Helper}.SetHash(this.{name})",
        Comparison.Sequence => $"{Helper}.SequenceHash(this.{name})",
        Comparison.ByReference => $"global::System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this.{name})",
        _ => $"this.{name}",
    };

    private static Comparison Classify(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 })
        {
            return Comparison.Array;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named
            && named.OriginalDefinition.ToDisplayString() == "System.Collections.Immutable.ImmutableArray<T>")
        {
            return Comparison.ImmutableArray;
        }

        if (type.IsValueType || type.TypeKind == TypeKind.TypeParameter || type.SpecialType == SpecialType.System_String || HasOwnEquality(type))
        {
            return Comparison.Default;
        }

        var interfaces = type.TypeKind == TypeKind.Interface ? type.AllInterfaces.Add((INamedTypeSymbol)type) : type.AllInterfaces;
        if (interfaces.Any(i => Is(i, "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>")))
        {
            return Comparison.Dictionary;
        }

        if (interfaces.Any(i => Is(i, "System.Collections.Generic.IReadOnlySet<T>")))
        {
            return Comparison.Set;
        }

        if (interfaces.Any(i => Is(i, "System.Collections.Generic.IEnumerable<T>")))
        {
            return Comparison.Sequence;
        }

        return type.TypeKind is TypeKind.Delegate or TypeKind.Class or TypeKind.Interface ? Comparison.Reference : Comparison.Default;
    }

    private static bool Is(INamedTypeSymbol type, string definition) => type.OriginalDefinition.ToDisplayString() == definition;

    /// <summary>True when the type (or a base other than object) overrides <c>Equals(object)</c> or carries the marker: records, strings, Uri...</summary>
    private static bool HasOwnEquality(ITypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            // Generated equality is not in the compilation the generator sees: the marker stands for it.
            if (t.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeName))
            {
                return true;
            }

            if (t.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
            {
                return true;
            }

            if (t is INamedTypeSymbol { IsRecord: true })
            {
                return true;
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.IsValueType) switch
    {
        (true, true) => "record struct",
        (true, false) => "record",
        (false, true) => "struct",
        _ => type.TypeKind == TypeKind.Interface ? "interface" : "class",
    };

    private static string NameWithTypeParameters(INamedTypeSymbol type) =>
        type.TypeParameters.IsEmpty ? Identifier(type.Name) : $"{Identifier(type.Name)}<{string.Join(", ", type.TypeParameters.Select(p => Identifier(p.Name)))}>";

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private enum Comparison
    {
        Default,
        ImmutableArray,
        Array,
        Dictionary,
        Set,
        Sequence,
        Reference,
        ByReference,
    }

    private sealed class Result(string hintName, string? source, ImmutableArray<DiagnosticInfo> diagnostics) : IEquatable<Result>
    {
        public string HintName { get; } = hintName;

        public string? Source { get; } = source;

        public ImmutableArray<DiagnosticInfo> Diagnostics { get; } = diagnostics;

        public bool Equals(Result? other) =>
            other is not null && HintName == other.HintName && Source == other.Source && Diagnostics.SequenceEqual(other.Diagnostics);

        public override bool Equals(object? obj) => Equals(obj as Result);

        public override int GetHashCode() => (HintName.GetHashCode() * 31) + (Source?.GetHashCode() ?? 0);
    }

    /// <summary>A diagnostic as plain data, so the incremental pipeline can cache results (symbols and locations are not comparable across runs).</summary>
    private sealed class DiagnosticInfo(DiagnosticDescriptor descriptor, string? path, Microsoft.CodeAnalysis.Text.TextSpan span, Microsoft.CodeAnalysis.Text.LinePositionSpan lines, string[] arguments)
        : IEquatable<DiagnosticInfo>
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, ISymbol symbol, params string[] arguments)
        {
            var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
            return new DiagnosticInfo(descriptor, location?.SourceTree?.FilePath, location?.SourceSpan ?? default, location?.GetLineSpan().Span ?? default, arguments);
        }

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(descriptor, path is null ? Location.None : Location.Create(path, span, lines), arguments);

        public bool Equals(DiagnosticInfo? other) =>
            other is not null && descriptor.Id == other.Descriptor.Id && path == other.Path && span == other.Span && arguments.SequenceEqual(other.Arguments);

        public override bool Equals(object? obj) => Equals(obj as DiagnosticInfo);

        public override int GetHashCode() => descriptor.Id.GetHashCode() ^ span.GetHashCode();

        private DiagnosticDescriptor Descriptor => descriptor;

        private string? Path => path;

        private Microsoft.CodeAnalysis.Text.TextSpan Span => span;

        private string[] Arguments => arguments;
    }

    private const string AttributeSource = """
        // <auto-generated>Written by Isms.Generators.ValueEqualityGenerator; do not edit.</auto-generated>
        #nullable enable
        namespace Isms;

        /// <summary>
        /// Generates value equality for this partial record, class or struct from all of its fields (see
        /// eng/Isms.Generators/ValueEqualityGenerator.cs): immutable arrays and other collections compare by content.
        /// </summary>
        [global::Microsoft.CodeAnalysis.Embedded]
        [global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct, Inherited = false)]
        internal sealed class ValueEqualityAttribute : global::System.Attribute
        {
        }

        /// <summary>
        /// In a [ValueEquality] type: compare this member by reference, on purpose (a callback, a simulation's result).
        /// Without it a member of a class type without value equality is a build error (ISMSGEN001).
        /// </summary>
        [global::Microsoft.CodeAnalysis.Embedded]
        [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field, Inherited = false)]
        internal sealed class CompareByReferenceAttribute : global::System.Attribute
        {
        }

        /// <summary>In a [ValueEquality] type: compare this member by one of its own members, e.g. a time zone by its <c>Id</c>.</summary>
        /// <param name="member">The member of the value that identifies it.</param>
        [global::Microsoft.CodeAnalysis.Embedded]
        [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field, Inherited = false)]
        internal sealed class CompareByAttribute(string member) : global::System.Attribute
        {
            /// <summary>The member of the value that identifies it.</summary>
            public string Member { get; } = member;
        }
        """;

    private const string HelperSource = """
        // <auto-generated>Written by Isms.Generators.ValueEqualityGenerator; do not edit.</auto-generated>
        #nullable enable
        namespace Isms.Generated;

        /// <summary>The comparisons generated value equality uses for collections.</summary>
        [global::Microsoft.CodeAnalysis.Embedded]
        internal static class ValueEquality
        {
            public static bool ImmutableArrays<T>(global::System.Collections.Immutable.ImmutableArray<T> a, global::System.Collections.Immutable.ImmutableArray<T> b)
            {
                if (a.IsDefaultOrEmpty)
                {
                    return b.IsDefaultOrEmpty;
                }

                if (b.IsDefault || a.Length != b.Length)
                {
                    return false;
                }

                var comparer = global::System.Collections.Generic.EqualityComparer<T>.Default;
                for (var i = 0; i < a.Length; i++)
                {
                    if (!comparer.Equals(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public static bool Arrays<T>(T[]? a, T[]? b)
            {
                if (ReferenceEquals(a, b))
                {
                    return true;
                }

                if (a is null || b is null || a.Length != b.Length)
                {
                    return false;
                }

                var comparer = global::System.Collections.Generic.EqualityComparer<T>.Default;
                for (var i = 0; i < a.Length; i++)
                {
                    if (!comparer.Equals(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public static bool Sequences<T>(global::System.Collections.Generic.IEnumerable<T>? a, global::System.Collections.Generic.IEnumerable<T>? b) =>
                ReferenceEquals(a, b) || (a is not null && b is not null && global::System.Linq.Enumerable.SequenceEqual(a, b));

            public static bool Dictionaries<TKey, TValue>(global::System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>? a, global::System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>? b)
            {
                if (ReferenceEquals(a, b))
                {
                    return true;
                }

                if (a is null || b is null || a.Count != b.Count)
                {
                    return false;
                }

                var comparer = global::System.Collections.Generic.EqualityComparer<TValue>.Default;
                foreach (var pair in a)
                {
                    if (!b.TryGetValue(pair.Key, out var value) || !comparer.Equals(pair.Value, value))
                    {
                        return false;
                    }
                }

                return true;
            }

            public static bool Sets<T>(global::System.Collections.Generic.IReadOnlySet<T>? a, global::System.Collections.Generic.IReadOnlySet<T>? b) =>
                ReferenceEquals(a, b) || (a is not null && b is not null && a.Count == b.Count && a.SetEquals(b));

            public static int ImmutableArrayHash<T>(global::System.Collections.Immutable.ImmutableArray<T> a)
            {
                var hash = new global::System.HashCode();
                if (!a.IsDefault)
                {
                    foreach (var item in a)
                    {
                        hash.Add(item);
                    }
                }

                return hash.ToHashCode();
            }

            public static int ArrayHash<T>(T[]? a) => a is null ? 0 : SequenceHash(a);

            public static int SequenceHash<T>(global::System.Collections.Generic.IEnumerable<T>? a)
            {
                var hash = new global::System.HashCode();
                if (a is not null)
                {
                    foreach (var item in a)
                    {
                        hash.Add(item);
                    }
                }

                return hash.ToHashCode();
            }

            /// <summary>Independent of order: the sum of the entries' hashes.</summary>
            public static int DictionaryHash<TKey, TValue>(global::System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>? a)
            {
                if (a is null)
                {
                    return 0;
                }

                var sum = a.Count;
                foreach (var pair in a)
                {
                    sum = unchecked(sum + global::System.HashCode.Combine(pair.Key, pair.Value));
                }

                return sum;
            }

            /// <summary>Independent of order: the sum of the items' hashes.</summary>
            public static int SetHash<T>(global::System.Collections.Generic.IReadOnlySet<T>? a)
            {
                if (a is null)
                {
                    return 0;
                }

                var sum = a.Count;
                foreach (var item in a)
                {
                    sum = unchecked(sum + (item is null ? 0 : global::System.Collections.Generic.EqualityComparer<T>.Default.GetHashCode(item)));
                }

                return sum;
            }
        }
        """;
}
