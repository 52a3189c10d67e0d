using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Isms.Core.Tests.Model;

/// <summary>
/// Every validated member of every model type names itself in its error: the entity kind is the type's name and the
/// member the property's, which is what the document readers turn into a JSON path (<c>$.risks[3].title</c>) and a
/// host into an RFC 9457 problem. A member that reported another member's name would send a user to the wrong field.
/// Each member is given a value its check refuses: a blank text, an unset id, or a list holding an empty or repeated
/// item.
/// </summary>
public sealed class FieldErrorLocationTests
{
    private static readonly Assembly Core = typeof(IsmsException).Assembly;

    public static TheoryData<string> ValidatedMembers()
    {
        var data = new TheoryData<string>();
        foreach (var (type, property) in Members())
        {
            data.Add($"{type.FullName}|{property.Name}");
        }

        return data;
    }

    /// <summary>Init members that are not validated input, or validated as programming errors (ArgumentException).</summary>
    private static readonly HashSet<string> NotInput =
    [
        // The error and the finding's references are built by the library, not read from a user.
        "IsmsError.EntityKind", "IsmsError.EntityId", "IsmsError.Member", "IsmsError.Value",
        "EntityReference.Kind", "EntityReference.Id",
        // A derived view of the ISMS's dates, built from validated entities.
        "DatedObligation.Owner", "DatedObligation.Reference", "DatedObligation.Title",
        // Built by RiskAssessment.FromCriteria from validated levels.
        "RiskAssessment.ByCriterion",
        // Catalogs and risk criteria refuse bad arguments with ArgumentException (they are built by code or by the
        // readers of Isms.Serialization, which check first).
        "CatalogControl.Group", "RiskCriteria.ConsequenceCriteria",
    ];

    private static IEnumerable<(Type Type, PropertyInfo Property)> Members() =>
        from type in Core.GetExportedTypes()
        where type is { IsAbstract: false, IsGenericTypeDefinition: false, IsEnum: false, IsInterface: false }
              && !typeof(Delegate).IsAssignableFrom(type) && !typeof(Exception).IsAssignableFrom(type)
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where IsInit(property) && RefusedValue(property.PropertyType) is not null && !NotInput.Contains($"{type.Name}.{property.Name}")
        orderby type.FullName, property.Name
        select (type, property);

    private static bool IsInit(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } setter
        && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>A value the member's check refuses, or null for a member type that has no such value.</summary>
    private static object? RefusedValue(Type type)
    {
        if (type == typeof(string))
        {
            return " ";
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsValueType && typeof(IEntityId).IsAssignableFrom(underlying))
        {
            return Activator.CreateInstance(underlying);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            // Two default items: a null, an unset id, or the same value twice; each list check refuses one of them.
            var item = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(item, 2);
            return typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(item)
                .Invoke(null, [items]);
        }

        return null;
    }

    [Fact]
    public void The_model_has_validated_members_to_check()
    {
        Assert.True(Members().Count() > 150, $"found {Members().Count()}");
    }

    [Theory]
    [MemberData(nameof(ValidatedMembers))]
    public void A_refused_value_is_reported_at_the_member_that_holds_it(string member)
    {
        var (typeName, propertyName) = (member.Split('|')[0], member.Split('|')[1]);
        var type = Core.GetType(typeName, throwOnError: true)!;
        var property = type.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)!;
        var target = RuntimeHelpers.GetUninitializedObject(type);

        var thrown = Assert.Throws<TargetInvocationException>(() => property.SetValue(target, RefusedValue(property.PropertyType)));

        var error = Assert.IsType<IsmsException>(thrown.InnerException);
        Assert.Equal((type.Name, propertyName), (error.Error.EntityKind, error.Member?.Split('[')[0]));
    }
}
