namespace Isms.Core.Readiness;

/// <summary>The readiness of one section: finding counts by severity and the resulting status.</summary>
/// <param name="Section">The section.</param>
/// <param name="Blocking">Blocking findings.</param>
/// <param name="Major">Major findings.</param>
/// <param name="Minor">Minor findings.</param>
/// <param name="Info">Informational findings.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReadinessSectionSummary(ReadinessSection Section, int Blocking, int Major, int Minor, int Info)
{
    /// <summary>The status: not ready with a blocking finding, gaps with major or minor ones, otherwise ready.</summary>
    public ReadinessStatus Status =>
        Blocking > 0 ? ReadinessStatus.NotReady : Major + Minor > 0 ? ReadinessStatus.Gaps : ReadinessStatus.Ready;

    /// <summary>The section's title, e.g. <c>4 Context of the organisation</c> or <c>Annex A</c>.</summary>
    public string Title => ReadinessSections.Title(Section);
}
