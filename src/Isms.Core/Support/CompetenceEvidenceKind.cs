namespace Isms.Core.Support;

/// <summary>How competence was acquired. <para>ISO/IEC 27001:2022 clause 7.2 b (education, training, experience).</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum CompetenceEvidenceKind
{
    /// <summary>Education (degree, diploma).</summary>
    Education,

    /// <summary>Training (course attended).</summary>
    Training,

    /// <summary>Experience.</summary>
    Experience,

    /// <summary>A professional certification (e.g. CISSP, ISO 27001 Lead Auditor).</summary>
    Certification,
}
