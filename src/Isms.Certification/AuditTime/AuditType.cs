namespace Isms.Certification.AuditTime;

/// <summary>The audits audit time is calculated for.</summary>
public enum AuditType
{
    /// <summary>The initial certification audit: Stage 1 plus Stage 2 (the table's figure).</summary>
    Initial = 0,

    /// <summary>A surveillance audit: about one third of the initial audit time.</summary>
    Surveillance = 1,

    /// <summary>A recertification audit: about two thirds of the initial audit time.</summary>
    Recertification = 2,
}
