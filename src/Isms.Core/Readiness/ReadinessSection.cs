namespace Isms.Core.Readiness;

/// <summary>The part of ISO/IEC 27001:2022 a readiness finding belongs to: clauses 4 to 10, or Annex A.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ReadinessSection
{
    /// <summary>Clause 4: context of the organisation.</summary>
    Context = 4,

    /// <summary>Clause 5: leadership.</summary>
    Leadership = 5,

    /// <summary>Clause 6: planning.</summary>
    Planning = 6,

    /// <summary>Clause 7: support.</summary>
    Support = 7,

    /// <summary>Clause 8: operation.</summary>
    Operation = 8,

    /// <summary>Clause 9: performance evaluation.</summary>
    PerformanceEvaluation = 9,

    /// <summary>Clause 10: improvement.</summary>
    Improvement = 10,

    /// <summary>Annex A: the Statement of Applicability and the controls.</summary>
    AnnexA = 11,
}
