namespace Isms.Certification.AuditTime;

/// <summary>One row of an audit-time table: a band of persons doing work under the organisation's control and the initial audit time.</summary>
/// <param name="MinPersons">The band's first headcount.</param>
/// <param name="MaxPersons">The band's last headcount.</param>
/// <param name="AuditorDays">Initial audit time (Stage 1 + Stage 2) in auditor-days.</param>
/// <param name="Status">How far the row's day value has been checked (see docs/certification.md).</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record AuditTimeRow(int MinPersons, int MaxPersons, decimal AuditorDays, AuditTimeRowStatus Status = AuditTimeRowStatus.Verified);
