namespace Isms.Core;

/// <summary>An entity of the ISMS model: something with a strongly typed id, kept in a <see cref="Register{TId, TEntity}"/>.</summary>
/// <typeparam name="TId">The id type.</typeparam>
/// <threadsafety>Implementations in Isms.Core are immutable sealed records.</threadsafety>
public interface IEntity<out TId>
    where TId : struct, IEntityId
{
    /// <summary>The entity's id, unique within its register.</summary>
    TId Id { get; }
}
