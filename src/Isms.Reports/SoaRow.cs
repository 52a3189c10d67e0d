namespace Isms.Reports;

/// <summary>
/// One row of a Statement of Applicability report, as an auditor reads it: one per catalog control, in catalog order,
/// every column text (empty when it does not apply).
/// </summary>
/// <param name="Id">The control's id, e.g. <c>5.1</c>.</param>
/// <param name="Title">The control's title.</param>
/// <param name="Theme">The control's theme in its catalog (Organizational, People, Physical, Technological), or empty.</param>
/// <param name="Applicable"><c>yes</c>, <c>no</c> or <c>undecided</c>.</param>
/// <param name="Reasons">The reasons for inclusion joined with <c>"; "</c>, followed by the linked risks and requirements
/// in parentheses; empty for excluded or undecided controls.</param>
/// <param name="ExclusionJustification"><c>reason: narrative</c> of an excluded control, else empty.</param>
/// <param name="Status">The implementation status of an applicable control (e.g. <c>Implemented</c>), else empty.</param>
/// <param name="AppliedControls">The ids of the applied controls that implement it, separated by spaces: the decision's own
/// list, or when that is empty every applied control that names this control.</param>
/// <param name="Evidence">The evidence of the decision and of its applied controls, joined with <c>"; "</c>.</param>
/// <remarks>ISO/IEC 27001:2022 clause 6.1.3 d: the necessary controls, the justification for their inclusion, whether
/// they are implemented, and the justification for excluding any Annex A control.</remarks>
public sealed record SoaRow(
    string Id,
    string Title,
    string Theme,
    string Applicable,
    string Reasons,
    string ExclusionJustification,
    string Status,
    string AppliedControls,
    string Evidence);
