using NodaTime;

namespace Isms.Core.Improvement;

/// <summary>The review of the effectiveness of the corrective actions taken on a nonconformity.
/// <para>ISO/IEC 27001:2022 clause 10.2 d.</para></summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EffectivenessVerification
{
    /// <summary>Who verified.</summary>
    public required PersonId VerifiedBy { get; init => field = Check.Id(value, "EffectivenessVerification.VerifiedBy"); }

    /// <summary>When.</summary>
    public required LocalDate VerifiedOn { get; init; }

    /// <summary>True when the actions were effective (the nonconformity did not recur).</summary>
    public required bool Effective { get; init; }

    /// <summary>How effectiveness was verified.</summary>
    public required string Method { get; init => field = Check.Text(value, "EffectivenessVerification.Method"); }
}
