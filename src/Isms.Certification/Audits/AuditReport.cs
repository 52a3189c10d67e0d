using System.Collections.Immutable;
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
    /// <exception cref="CertificationException">Dates in the wrong order (<c>ISMS-CERT-004</c>); an undefined or Stage 1 kind,
    /// an empty lead auditor, a null finding or duplicate finding ids (<c>ISMS-CERT-008</c>).</exception>
    public AuditReport(AuditKind kind, LocalDate firstDay, LocalDate lastDay, PersonId leadAuditor, IEnumerable<Finding>? findings = null)
    {
        Kind = Require.Defined(kind, CertificationErrorCodes.InvalidPayload, nameof(AuditReport), nameof(Kind));
        if (kind == AuditKind.Stage1)
        {
            throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(AuditReport), nameof(Kind), kind.ToString(), "AuditReport.Kind: a Stage 1 outcome is reported with a Stage1Report, not an AuditReport.");
        }

        Require.InOrder(firstDay, lastDay, nameof(AuditReport), nameof(FirstDay), nameof(LastDay));
        FirstDay = firstDay;
        LastDay = lastDay;
        LeadAuditor = Require.Person(leadAuditor, CertificationErrorCodes.InvalidPayload, nameof(AuditReport), nameof(LeadAuditor));
        Findings = findings is null ? [] : [.. findings];
        for (var i = 0; i < Findings.Length; i++)
        {
            if (Findings[i] is null)
            {
                throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(AuditReport), $"{nameof(Findings)}[{i}]", null, $"AuditReport.Findings[{i}] is null.");
            }

            for (var j = 0; j < i; j++)
            {
                if (Findings[j].Id == Findings[i].Id)
                {
                    throw Require.Fail(
                        CertificationErrorCodes.InvalidPayload,
                        nameof(AuditReport),
                        $"{nameof(Findings)}[{i}].{nameof(Finding.Id)}",
                        Findings[i].Id.Value,
                        $"{kind} audit report: Findings contain the id '{Findings[i].Id}' more than once.");
                }
            }
        }
    }

    /// <summary>The kind of audit.</summary>
    public AuditKind Kind { get; }

    /// <summary>The first audit day.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last audit day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The audit team leader.</summary>
    public PersonId LeadAuditor { get; }

    /// <summary>The findings.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The number of major nonconformities raised.</summary>
    public int MajorCount => Findings.Count(f => f.Grade == FindingGrade.MajorNonconformity);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => LastDay;
}
