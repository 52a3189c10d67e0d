using Isms.Core.Catalogs;

namespace Isms.Core.Readiness;

/// <summary>A reference to an entity a readiness finding involves: its kind (e.g. <c>Risk</c>, <c>Control</c>) and id.</summary>
/// <param name="Kind">The entity kind: the id type's name without <c>Id</c> (<c>Risk</c>, <c>AppliedControl</c>, <c>Person</c>...), or <c>Control</c> for catalog controls.</param>
/// <param name="Id">The id.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct EntityReference(string Kind, string Id)
{
    /// <summary>A reference to an ISMS entity.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    public static EntityReference To<TId>(TId id)
        where TId : struct, IEntityId
    {
        var name = typeof(TId).Name;
        return new(name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name, id.Value);
    }

    /// <summary>A reference to a catalog control.</summary>
    /// <param name="control">The control id.</param>
    public static EntityReference To(ControlId control) => new("Control", control.Value);

    /// <summary>A reference to a part of the ISMS that has no id (e.g. <c>Policy</c>, <c>Scope</c>).</summary>
    /// <param name="part">The part's name.</param>
    public static EntityReference Part(string part) => new(part, part);

    /// <summary>Returns e.g. <c>Risk:R-07</c>.</summary>
    public override string ToString() => $"{Kind}:{Id}";
}
