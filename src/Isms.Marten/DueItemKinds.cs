namespace Isms.Marten;

/// <summary>The kinds of <see cref="StoredDueItem"/> the deadline read model keeps.</summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class DueItemKinds
{
    /// <summary>A certification deadline (surveillance audit, recertification, verification of major nonconformities...).</summary>
    public const string Certification = "certification";

    /// <summary>An acceptance of a residual risk that expires.</summary>
    public const string RiskAcceptance = "risk-acceptance";

    /// <summary>An open risk treatment action with a due date.</summary>
    public const string TreatmentAction = "treatment-action";

    /// <summary>An incomplete corrective action of a nonconformity.</summary>
    public const string CorrectiveAction = "corrective-action";

    /// <summary>Documented information due for review.</summary>
    public const string DocumentReview = "document-review";
}
