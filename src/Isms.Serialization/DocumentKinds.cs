namespace Isms.Serialization;

/// <summary>
/// The values of the root <c>kind</c> member: one document kind per root type. A kind never changes its name.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class DocumentKinds
{
    /// <summary>An ISMS: everything Isms.Core models for one organisation.</summary>
    public const string Isms = "isms";

    /// <summary>A certification record: state, certificate, audits, findings and history.</summary>
    public const string CertificationRecord = "certification-record";

    /// <summary>A qualitative risk methodology: scales, matrix, acceptance criteria.</summary>
    public const string RiskMethodology = "risk-methodology";

    /// <summary>A control catalog: ISO/IEC 27001:2022 Annex A, the 2013 edition or a vendor's own.</summary>
    public const string ControlCatalog = "control-catalog";

    /// <summary>A quantitative (Open FAIR) scenario set.</summary>
    public const string ScenarioSet = "scenario-set";
}
