namespace Isms.Certification.AuditTime;

/// <summary>How far the day value of an <see cref="AuditTimeRow"/> has been checked against its source.</summary>
public enum AuditTimeRowStatus
{
    /// <summary>The value is the source's (for your own table: you checked it).</summary>
    Verified = 0,

    /// <summary>The value matches one public transcription of the source (a certification body's procedure), not the source itself.</summary>
    SinglePublicTranscription = 1,

    /// <summary>The value could not be checked against the source or any transcription of it.</summary>
    Unverified = 2,
}
