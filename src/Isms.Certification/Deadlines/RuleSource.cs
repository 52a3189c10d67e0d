namespace Isms.Certification.Deadlines;

/// <summary>Where a deadline's rule comes from: the standards, or the certification body's policy.</summary>
public enum RuleSource
{
    /// <summary>ISO/IEC 17021-1, ISO/IEC 27006-1 or an IAF mandatory document: not configurable.</summary>
    Standard = 0,

    /// <summary>The certification body's policy (<see cref="Lifecycle.CertificationBodyPolicy"/>).</summary>
    CertificationBodyPolicy = 1,
}
