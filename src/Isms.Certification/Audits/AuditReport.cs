using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Lifecycle;
using NodaTime;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Audits;

/// <summary>The report of a Stage 2, surveillance, recertification, special, transition or restoration audit.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.4.8 (audit report).</para></remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record AuditReport : TriggerPayload
{
    /// <summary>Creates and validates a report.</summary>
    /// <param name="kind">The kind of audit (not Stage 1, which has its own <see cref="Stage1Report"/>).</param>
    /// <param name="firstDay">The first audit day.</param>
    /// <param name="lastDay">The last audit day, not before <paramref name="firstDay"/>.</param>
    /// <param name="leadAuditor">The audit team leader.</param>
    /// <param name="findings">The findings; ids unique.</param>
    /// <exception cref="CertificationException">Dates in the wrong order (<c>ISMS-CERT-004</c>) or duplicate finding ids (<c>ISMS-CERT-008</c>).</exception>
    public AuditReport(AuditKind kind, LocalDate firstDay, LocalDate lastDay, string leadAuditor, IEnumerable<Finding>? findings = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (kind == AuditKind.Stage1)
        {
            throw new CertificationException(CertificationErrorCodes.InvalidPayload, "AuditReport.Kind: a Stage 1 outcome is reported with a Stage1Report, not an AuditReport.");
        }

        if (lastDay < firstDay)
        {
            throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"{kind} audit report: LastDay {lastDay:uuuu-MM-dd} is before FirstDay {firstDay:uuuu-MM-dd}.");
        }

        FirstDay = firstDay;
        LastDay = lastDay;
        LeadAuditor = Guard.Against.NullOrWhiteSpace(leadAuditor);
        Findings = findings is null ? [] : [.. findings];
        var duplicate = Findings.GroupBy(f => f.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"{kind} audit report: Findings contain the id '{duplicate.Key}' more than once.");
        }
    }

    /// <summary>The kind of audit.</summary>
    public AuditKind Kind { get; }

    /// <summary>The first audit day.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last audit day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The audit team leader.</summary>
    public string LeadAuditor { get; }

    /// <summary>The findings.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The number of major nonconformities raised.</summary>
    public int MajorCount => Findings.Count(f => f.Grade == FindingGrade.MajorNonconformity);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => LastDay;
}
