using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core.Applicability;

namespace Isms.Cli.Commands;

/// <summary>Demo: the sample organisation's Statement of Applicability, summarised by Annex A theme.</summary>
internal sealed class SoaSummaryDemoStep : DemoStep
{
    public override int Order => 40;

    public override string Title => "Statement of Applicability by theme (6.1.3 d)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var isms = SampleOrganisation.Create(context.Clock.GetCurrentInstant().InUtc().Date);
        var soa = isms.StatementOfApplicability!;
        output.WriteLine($"  {soa.Catalog.Name}, SoA version {soa.Version?.Version ?? "draft"}");
        output.WriteLine();
        output.WriteLine($"  {"Theme",-15} {"Controls",8} {"Applic.",8} {"Excl.",6} {"Undec.",7} {"Implem.",8} {"Partial",8}");
        foreach (var theme in soa.Catalog.Controls.GroupBy(c => c.Theme))
        {
            var decisions = theme.Select(c => soa.TryGetDecision(c.Id, out var d) ? d : null).ToList();
            output.WriteLine($"  {theme.Key,-15} {decisions.Count,8} {decisions.Count(d => d is { Applicable: true }),8} "
                + $"{decisions.Count(d => d is { Applicable: false }),6} {decisions.Count(d => d is null),7} "
                + $"{decisions.Count(d => d is { Applicable: true, Status: ImplementationStatus.Implemented }),8} "
                + $"{decisions.Count(d => d is { Applicable: true, Status: ImplementationStatus.PartiallyImplemented or ImplementationStatus.Planned }),8}");
        }

        output.WriteLine();
        foreach (var excluded in soa.Excluded)
        {
            ReadinessVerb.Wrap(output, $"  Excluded {excluded.Control,-5} ", $"{excluded.Exclusion!.Reason}: {excluded.Exclusion.Narrative}", 80);
        }

        var undecided = soa.Undecided.ToList();
        if (undecided.Count > 0)
        {
            var added = undecided.Count(c => c.IsNewIn2022);
            output.WriteLine($"  Undecided: {string.Join(", ", undecided.Select(c => c.Id))}"
                + (added > 0 ? $" ({added} new in 2022)" : "") + "  (full table: isms soa)");
        }
    }
}
