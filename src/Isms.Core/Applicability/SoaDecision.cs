using System.Collections.Immutable;
using Isms.Core.Catalogs;
using Isms.Core.Controls;

namespace Isms.Core.Applicability;

/// <summary>
/// The Statement of Applicability's decision on one catalog control: applicable (with the reasons and the risks or
/// requirements behind them, the implementation status, the applied controls and evidence) or excluded (with a
/// justification). Use <see cref="Include"/> and <see cref="Exclude"/> for the two shapes; the
/// <see cref="StatementOfApplicability"/> rejects an excluded decision without <see cref="Exclusion"/> and an
/// applicable one with it.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record SoaDecision
{
    /// <summary>The catalog control decided on.</summary>
    public required ControlId Control { get; init => field = value.Value is null ? throw Fault.Of(IsmsErrorCodes.InvalidId, "SoaDecision.Control must not be an empty ControlId.", nameof(SoaDecision), member: nameof(Control)) : value; }

    /// <summary>True when the control is applicable.</summary>
    public required bool Applicable { get; init; }

    /// <summary>The reasons for inclusion (applicable controls).</summary>
    public ImmutableArray<InclusionReason> Reasons { get; init => field = Check.List(value, "SoaDecision.Reasons"); } = [];

    /// <summary>The risks the control treats (reason <see cref="InclusionReason.RiskTreatment"/>).</summary>
    public ImmutableArray<RiskId> Risks { get; init => field = Check.List(value, "SoaDecision.Risks"); } = [];

    /// <summary>The requirements (legal, regulatory, contractual, business) behind the inclusion.</summary>
    public ImmutableArray<RequirementId> Requirements { get; init => field = Check.List(value, "SoaDecision.Requirements"); } = [];

    /// <summary>The justification of an exclusion; <see langword="null"/> for applicable controls.</summary>
    public SoaExclusion? Exclusion { get; init; }

    /// <summary>The implementation status (applicable controls).</summary>
    public ImplementationStatus Status { get; init; }

    /// <summary>The applied controls that implement this catalog control.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init => field = Check.List(value, "SoaDecision.AppliedControls"); } = [];

    /// <summary>Evidence of implementation.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; init => field = Check.List(value, "SoaDecision.Evidence"); } = [];

    /// <summary>True when applicable and traced to at least one risk or requirement, or to a business/best-practice reason.</summary>
    public bool IsTraced =>
        Applicable && (!Risks.IsEmpty || !Requirements.IsEmpty
            || Reasons.Any(r => r is InclusionReason.BusinessRequirement or InclusionReason.BestPractice));

    /// <summary>Creates an applicable decision.</summary>
    /// <param name="control">The catalog control.</param>
    /// <param name="status">The implementation status.</param>
    /// <param name="reasons">The inclusion reasons.</param>
    public static SoaDecision Include(ControlId control, ImplementationStatus status, params ReadOnlySpan<InclusionReason> reasons) =>
        new() { Control = control, Applicable = true, Status = status, Reasons = [.. reasons] };

    /// <summary>Creates an excluded decision.</summary>
    /// <param name="control">The catalog control.</param>
    /// <param name="reason">The exclusion reason.</param>
    /// <param name="narrative">The justification an auditor reads.</param>
    public static SoaDecision Exclude(ControlId control, ExclusionReason reason, string narrative) =>
        new() { Control = control, Applicable = false, Exclusion = new SoaExclusion { Reason = reason, Narrative = narrative } };
}
