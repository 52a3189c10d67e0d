namespace Isms.Core;

/// <summary>
/// A strongly typed entity id: a readonly record struct wrapping a non-empty string (<see cref="AssetId"/>,
/// <see cref="RiskId"/>, ...). Serializers write ids as their <see cref="Value"/>. Two ids of one type are equal exactly
/// when their values are (ordinal comparison): registers index their entities by the value.
/// </summary>
/// <threadsafety>Implementations are immutable value types.</threadsafety>
public interface IEntityId
{
    /// <summary>The id as the organisation spells it; <see langword="null"/> only for a <c>default</c> id.</summary>
    string Value { get; }
}
