namespace Isms.Evidence;

/// <summary>The evidence of one catalog theme: how many applicable controls are current, expiring and missing.</summary>
/// <param name="Theme">The theme, e.g. <c>Technological</c>.</param>
/// <param name="Current">Controls with current evidence.</param>
/// <param name="Expiring">Controls whose evidence expires before the next audit.</param>
/// <param name="Missing">Applicable controls without current evidence.</param>
/// <param name="NotApplicable">Controls the Statement of Applicability excludes.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThemeCoverage(string Theme, int Current, int Expiring, int Missing, int NotApplicable);
