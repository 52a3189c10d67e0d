using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.Applicability;

namespace Isms.Reports;

/// <summary>
/// Builds the rows of a Statement of Applicability report (<see cref="SoaRow"/>): the one place the SoA's columns are
/// computed, shared by the workbook writer, the command line's CSV and Markdown output and the HTTP contracts.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SoaRows
{
    /// <summary>One row per control of <paramref name="soa"/>'s catalog, in catalog order.</summary>
    /// <param name="isms">The ISMS the SoA belongs to (its applied controls and evidence fill two columns).</param>
    /// <param name="soa">The Statement of Applicability, usually <c>isms.StatementOfApplicability</c>.</param>
    /// <returns>The rows; undecided controls have <c>undecided</c> in <see cref="SoaRow.Applicable"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<SoaRow> Of(InformationSecurityManagementSystem isms, StatementOfApplicability soa)
    {
        ArgumentNullException.ThrowIfNull(isms);
        ArgumentNullException.ThrowIfNull(soa);
        var rows = ImmutableArray.CreateBuilder<SoaRow>(soa.Catalog.Controls.Length);
        foreach (var control in soa.Catalog.Controls)
        {
            if (!soa.TryGetDecision(control.Id, out var d))
            {
                rows.Add(new SoaRow(control.Id.Value, control.Title, control.Theme, "undecided", "", "", "", "", ""));
                continue;
            }

            var links = d.Risks.Select(r => r.Value).Concat(d.Requirements.Select(r => r.Value));
            var reasons = string.Join("; ", d.Reasons) + (links.Any() ? $" ({string.Join(", ", links)})" : "");
            var applied = d.AppliedControls.IsEmpty
                ? isms.AppliedControls.Where(a => a.Implements.Contains(control.Id)).Select(a => a.Id.Value)
                : d.AppliedControls.Select(a => a.Value);
            var evidence = d.Evidence.Select(e => e.Document is { } doc ? $"{e.Description} [{doc}]" : e.Description)
                .Concat(d.AppliedControls.SelectMany(a => isms.AppliedControls[a].Evidence).Select(e => e.Description));
            rows.Add(new SoaRow(
                control.Id.Value,
                control.Title,
                control.Theme,
                d.Applicable ? "yes" : "no",
                d.Applicable ? reasons : "",
                d.Exclusion is { } x ? $"{x.Reason}: {x.Narrative}" : "",
                d.Applicable ? d.Status.ToString() : "",
                string.Join(" ", applied),
                string.Join("; ", evidence)));
        }

        return rows.MoveToImmutable();
    }
}
