using Ardalis.GuardClauses;
using Isms.Certification.Lifecycle;

namespace Isms.Serialization;

/// <summary>
/// A certification record together with the certification body's policy it was run under: the whole content of a
/// <c>certification-record</c> document. Read it (instead of a bare <see cref="CertificationRecord"/>) when the host
/// needs the policy too, e.g. to compute the record's deadlines with the rules its history was recorded under
/// (<c>new CertificationLifecycle(clock, document.Policy).Deadlines(document.Record)</c>); write it to store a record run
/// under a policy other than <see cref="IsmsDocumentOptions.CertificationBodyPolicy"/>.
/// </summary>
/// <remarks>Equality compares the record and every option of the policy (the policy type itself has reference equality).</remarks>
/// <threadsafety>This type is immutable and thread-safe (a policy is not changed once built into a lifecycle).</threadsafety>
public sealed record CertificationRecordDocument
{
    /// <summary>Pairs a record with its policy.</summary>
    /// <param name="record">The record.</param>
    /// <param name="policy">The policy the record's history was recorded under; validated here.</param>
    /// <exception cref="Isms.Certification.CertificationException">The policy is out of range (<c>ISMS-CERT-006</c>).</exception>
    public CertificationRecordDocument(CertificationRecord record, CertificationBodyPolicy policy)
    {
        Record = Guard.Against.Null(record);
        Policy = Guard.Against.Null(policy);
        policy.Validate();
    }

    /// <summary>The record.</summary>
    public CertificationRecord Record { get; }

    /// <summary>The certification body's policy the record's history was recorded under and is replayed with.</summary>
    public CertificationBodyPolicy Policy { get; }

    /// <inheritdoc/>
    public bool Equals(CertificationRecordDocument? other) =>
        other is not null && Record.Equals(other.Record) && SamePolicy(Policy, other.Policy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Record, Policy.CertificationBodyName, Policy.DaysToCloseMajors, Policy.TimeZone.Id);

    /// <summary>True when two policies have the same value for every option.</summary>
    internal static bool SamePolicy(CertificationBodyPolicy a, CertificationBodyPolicy b) =>
        ReferenceEquals(a, b)
        || (a.CertificationBodyName == b.CertificationBodyName
            && Equals(a.MaxStage1ToStage2Interval, b.MaxStage1ToStage2Interval)
            && a.DaysToCloseMajors == b.DaysToCloseMajors
            && Equals(a.SuspensionCap, b.SuspensionCap)
            && a.SurveillanceTiming == b.SurveillanceTiming
            && a.DueWindowDays == b.DueWindowDays
            && a.RecertificationAuditLeadDays == b.RecertificationAuditLeadDays
            && a.TimeZone.Id == b.TimeZone.Id);
}
