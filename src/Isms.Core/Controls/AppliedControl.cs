using System.Collections.Immutable;
using Isms.Core.Catalogs;

namespace Isms.Core.Controls;

/// <summary>
/// An applied control: one of the organisation's own security measures (e.g. <c>Okta SSO with phishing-resistant
/// MFA</c>), with owner, status, measured effectiveness, its effect on risk, evidence, and the catalog controls
/// (one or more Annex A controls) it implements.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 b-c (determine controls, compare with Annex A), 8.1, 9.1.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record AppliedControl : IEntity<AppliedControlId>
{
    /// <summary>The applied control's id.</summary>
    public required AppliedControlId Id { get; init => field = Check.Id(value, "AppliedControl.Id"); }

    /// <summary>The control's name.</summary>
    public required string Name { get; init => field = Check.Text(value, "AppliedControl.Name"); }

    /// <summary>What it does, in the organisation's words.</summary>
    public string? Description { get; init => field = Check.OptionalText(value, "AppliedControl.Description"); }

    /// <summary>The control owner.</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "AppliedControl.Owner"); }

    /// <summary>The implementation status.</summary>
    public required ControlStatus Status { get; init; }

    /// <summary>The measured effectiveness (clause 9.1), when measured.</summary>
    public Percentage? Effectiveness { get; init; }

    /// <summary>How the control reduces risk (levels of likelihood and consequence).</summary>
    public ControlEffect Effect { get; init; }

    /// <summary>References to evidence that the control operates.</summary>
    public ImmutableArray<EvidenceReference> Evidence { get; init => field = Check.List(value, "AppliedControl.Evidence"); } = [];

    /// <summary>The catalog controls it implements (at least one), e.g. Annex A <c>5.15</c> and <c>8.5</c>.</summary>
    public required ImmutableArray<ControlId> Implements { get; init => field = Check.List(value, "AppliedControl.Implements", nonEmpty: true); }

    /// <summary>True when implemented (status <see cref="ControlStatus.Implemented"/>).</summary>
    public bool IsOperating => Status == ControlStatus.Implemented;
}
