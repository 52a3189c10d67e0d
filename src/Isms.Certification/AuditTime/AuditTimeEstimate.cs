namespace Isms.Certification.AuditTime;

/// <summary>The audit time for an organisation: the table figure, the adjustment, and the time for each audit.</summary>
/// <param name="Persons">Persons doing work under the organisation's control.</param>
/// <param name="TableDays">The table's initial audit time before adjustment.</param>
/// <param name="AdjustmentPercent">The total adjustment applied, in percent (e.g. -10 or 20).</param>
/// <param name="InitialDays">Initial audit time after adjustment (Stage 1 + Stage 2), rounded to half days.</param>
/// <param name="Stage1Days">The Stage 1 share of the initial audit time.</param>
/// <param name="Stage2Days">The Stage 2 share of the initial audit time.</param>
/// <param name="SurveillanceDays">Audit time of each surveillance audit (about a third of initial).</param>
/// <param name="RecertificationDays">Audit time of the recertification audit (about two thirds of initial).</param>
/// <param name="Source">The table's source.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record AuditTimeEstimate(
    int Persons,
    decimal TableDays,
    decimal AdjustmentPercent,
    decimal InitialDays,
    decimal Stage1Days,
    decimal Stage2Days,
    decimal SurveillanceDays,
    decimal RecertificationDays,
    string Source)
{
    /// <summary>The audit time of the given audit.</summary>
    /// <param name="audit">The audit.</param>
    /// <exception cref="CertificationException">An undefined audit (<c>ISMS-CERT-007</c>).</exception>
    public decimal DaysFor(AuditType audit) => Require.Defined(audit, CertificationErrorCodes.InvalidAuditTimeRequest, nameof(AuditTimeEstimate), nameof(audit)) switch
    {
        AuditType.Initial => InitialDays,
        AuditType.Surveillance => SurveillanceDays,
        _ => RecertificationDays,
    };
}
