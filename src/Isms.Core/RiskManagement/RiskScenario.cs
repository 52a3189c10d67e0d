using Isms.Core.RiskManagement.Quantitative;
using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.RiskManagement;

/// <summary>
/// A risk scenario of the risk register: a threat exploiting a vulnerability of one or more assets, its owner, its
/// inherent, current and residual assessments, the treatment option, the planned and applied controls, and the
/// owner's acceptance of the residual risk.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 c-e (identify, analyse, evaluate), 6.1.3 (treatment), 8.2, 8.3.</para>
/// </summary>
/// <remarks>
/// <see cref="Inherent"/> is the risk without controls; <see cref="Current"/> with the controls in place today;
/// <see cref="Residual"/> the risk expected once the planned treatment is complete. A <see langword="null"/>
/// residual means "derive it": Isms.Risk computes it from the applied controls' <see cref="Controls.ControlEffect"/>.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record RiskScenario : IEntity<RiskId>
{
    /// <summary>The risk's id.</summary>
    public required RiskId Id { get; init => field = Check.Id(value, "RiskScenario.Id"); }

    /// <summary>A short title, e.g. <c>Ransomware encrypts production databases</c>.</summary>
    public required string Title { get; init => field = Check.Text(value, "RiskScenario.Title"); }

    /// <summary>The risk owner: the person accountable for and with authority to manage the risk (6.1.2 c 2).</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "RiskScenario.Owner"); }

    /// <summary>The assets affected.</summary>
    public ImmutableArray<AssetId> Assets { get; init => field = Check.List(value, "RiskScenario.Assets"); } = [];

    /// <summary>The threat, e.g. <c>Organised cybercrime</c>.</summary>
    public required string Threat { get; init => field = Check.Text(value, "RiskScenario.Threat"); }

    /// <summary>The vulnerability exploited, e.g. <c>Flat network, backups online</c>.</summary>
    public required string Vulnerability { get; init => field = Check.Text(value, "RiskScenario.Vulnerability"); }

    /// <summary>The inherent risk (no controls).</summary>
    public required RiskAssessment Inherent { get; init => field = value ?? throw Fault.Of(IsmsErrorCodes.RequiredText, "RiskScenario.Inherent must not be null.", nameof(RiskScenario), member: nameof(Inherent)); }

    /// <summary>The current risk (controls in place today); <see langword="null"/> when not assessed.</summary>
    public RiskAssessment? Current { get; init; }

    /// <summary>The residual risk after planned treatment, assessed directly; <see langword="null"/> = derive from controls.</summary>
    public RiskAssessment? Residual { get; init; }

    /// <summary>The treatment option.</summary>
    public required TreatmentOption Treatment { get; init; }

    /// <summary>Applied controls planned for this risk but not yet effective.</summary>
    public ImmutableArray<AppliedControlId> PlannedControls { get; init => field = Check.List(value, "RiskScenario.PlannedControls"); } = [];

    /// <summary>Applied controls in place for this risk.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init => field = Check.List(value, "RiskScenario.AppliedControls"); } = [];

    /// <summary>The risk owner's acceptance of the residual risk, if given.</summary>
    public RiskAcceptance? Acceptance { get; init; }

    /// <summary>When the risk was identified.</summary>
    public required LocalDate IdentifiedOn { get; init; }

    /// <summary>All controls linked to the risk, planned and applied.</summary>
    public IEnumerable<AppliedControlId> AllControls => PlannedControls.Concat(AppliedControls);

    /// <summary>The most recent assessment: <see cref="Current"/> if assessed, otherwise <see cref="Inherent"/>.</summary>
    public RiskAssessment LatestAssessment => Current ?? Inherent;

    /// <summary>
    /// The risk's quantitative (Open FAIR) model, when the organisation also analyses it in money; null when it is
    /// assessed on the qualitative scales only. Isms.Risk simulates it (<c>RegisterQuantification</c>) so the register
    /// can be summarised in money as well as levels.
    /// <para>ISO/IEC 27001:2022 clause 6.1.2 d: analyse the risks (ISO/IEC 27005 allows quantitative analysis).</para>
    /// </summary>
    public FairScenario? QuantitativeModel { get; init; }
}
