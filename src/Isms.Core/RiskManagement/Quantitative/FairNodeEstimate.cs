namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>One given node of a FAIR model and its estimate.</summary>
/// <param name="Node">The node.</param>
/// <param name="Distribution">The estimate.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public readonly record struct FairNodeEstimate(FairNode Node, Distribution Distribution);
