namespace Isms.Core.Readiness;

/// <summary>Titles of the readiness sections as the standard names its clauses.</summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public static class ReadinessSections
{
    /// <summary>All sections in order: clauses 4 to 10, then Annex A.</summary>
    public static IReadOnlyList<ReadinessSection> All { get; } = Enum.GetValues<ReadinessSection>();

    /// <summary>The section's title, e.g. <c>4 Context of the organisation</c>.</summary>
    /// <param name="section">The section.</param>
    public static string Title(ReadinessSection section) => section switch
    {
        ReadinessSection.Context => "4 Context of the organisation",
        ReadinessSection.Leadership => "5 Leadership",
        ReadinessSection.Planning => "6 Planning",
        ReadinessSection.Support => "7 Support",
        ReadinessSection.Operation => "8 Operation",
        ReadinessSection.PerformanceEvaluation => "9 Performance evaluation",
        ReadinessSection.Improvement => "10 Improvement",
        ReadinessSection.AnnexA => "Annex A",
        _ => section.ToString(),
    };
}
