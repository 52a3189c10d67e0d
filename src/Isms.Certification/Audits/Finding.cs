using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Audits;

/// <summary>A finding of a certification audit.</summary>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="id">Unique within the record.</param>
    /// <param name="grade">Its grade.</param>
    /// <param name="clause">The requirement concerned, e.g. "6.1.3 d" or "A.8.8".</param>
    /// <param name="description">What was found.</param>
    /// <exception cref="CertificationException">An empty id, clause or description, or an undefined grade (<c>ISMS-CERT-008</c>).</exception>
    public Finding(FindingId id, FindingGrade grade, string clause, string description)
    {
        Id = id.Value is null
            ? throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(Finding), nameof(Id), null, "Finding.Id must not be empty.")
            : id;
        Grade = Require.Defined(grade, CertificationErrorCodes.InvalidPayload, nameof(Finding), nameof(Grade));
        Clause = Require.Text(clause, CertificationErrorCodes.InvalidPayload, nameof(Finding), nameof(Clause));
        Description = Require.Text(description, CertificationErrorCodes.InvalidPayload, nameof(Finding), nameof(Description));
    }

    /// <summary>Unique within the record.</summary>
    public FindingId Id { get; }

    /// <summary>Its grade.</summary>
    public FindingGrade Grade { get; }

    /// <summary>The requirement concerned.</summary>
    public string Clause { get; }

    /// <summary>What was found.</summary>
    public string Description { get; }

    /// <summary>True for major and minor nonconformities, which need action.</summary>
    public bool IsNonconformity => Grade is FindingGrade.MajorNonconformity or FindingGrade.MinorNonconformity;
}
