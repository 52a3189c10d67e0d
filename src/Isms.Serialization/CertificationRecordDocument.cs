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
/// <remarks>Equality compares the record and every option of the policy.</remarks>
/// <threadsafety>This type is immutable and thread-safe (a policy is not changed once built into a lifecycle).</threadsafety>
[ValueEquality]
public sealed partial record CertificationRecordDocument
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
}
