namespace Isms.Certification.Audits;

/// <summary>The conclusion of a Stage 1 audit (ISO/IEC 17021-1:2015 clause 9.3.1.2).</summary>
public enum Stage1Outcome
{
    /// <summary>Ready for Stage 2 (any gaps found are to be closed before or during Stage 2).</summary>
    Ready = 0,

    /// <summary>Not ready: gaps must be closed and Stage 1 repeated before Stage 2.</summary>
    NotReady = 1,
}
