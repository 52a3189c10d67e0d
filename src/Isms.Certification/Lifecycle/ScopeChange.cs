using Isms.Certification.Audits;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>A change to the certified scope: a reduction, or an extension after a special audit.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clauses 9.6.4.1 (extension) and 9.6.5.3 (reduction).</para></remarks>
/// <param name="EffectiveOn">The day the new scope applies.</param>
/// <param name="NewScope">The new scope statement.</param>
/// <param name="Reason">Why.</param>
/// <param name="SpecialAudit">The special audit behind an extension (required for an extension).</param>
/// <exception cref="CertificationException">An empty scope or reason (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record ScopeChange(LocalDate EffectiveOn, string NewScope, string Reason, AuditReport? SpecialAudit = null) : TriggerPayload
{
    /// <summary>The new scope statement.</summary>
    public string NewScope { get; init => field = Require.Text(value, CertificationErrorCodes.InvalidPayload, nameof(ScopeChange), nameof(NewScope)); } =
        Require.Text(NewScope, CertificationErrorCodes.InvalidPayload, nameof(ScopeChange), nameof(NewScope));

    /// <summary>Why.</summary>
    public string Reason { get; init => field = Require.Text(value, CertificationErrorCodes.InvalidPayload, nameof(ScopeChange), nameof(Reason)); } =
        Require.Text(Reason, CertificationErrorCodes.InvalidPayload, nameof(ScopeChange), nameof(Reason));

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => EffectiveOn;
}
