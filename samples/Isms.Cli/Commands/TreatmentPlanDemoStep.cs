using System.Globalization;
using Isms.Cli.Hosting;
using Isms.Core.RiskManagement;

namespace Isms.Cli.Commands;

/// <summary>The demo's risk treatment plan step: approval, then each action with its due date, status and owner.</summary>
/// <remarks>ISO/IEC 27001:2022 clause 6.1.3 e (formulate a plan, risk owners' approval) and 8.3 (implement it).</remarks>
internal sealed class TreatmentPlanDemoStep : DemoStep
{
    public override int Order => 45;

    public override string Title => "Risk treatment plan (6.1.3 e, 8.3)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var isms = SampleData.SampleOrganisation.Create(today);
        var plan = isms.TreatmentPlan;
        string Name(Isms.Core.PersonId? id) => id is not { } p ? "(no owner)" : isms.People.TryGet(p, out var person) ? person.Name : p.Value;
        output.WriteLine(plan is { ApprovedBy: { } by, ApprovedOn: { } on }
            ? string.Create(CultureInfo.InvariantCulture, $"  Approved by {Name(by)} on {on:uuuu-MM-dd}; {plan.Actions.Count} actions.")
            : $"  Not approved by the risk owners yet; {plan.Actions.Count} actions.");
        output.WriteLine();
        output.WriteLine($"  {"Id",-5} {"Due",-10} {"Status",-11} {"Owner",-22} Risks");
        foreach (var action in plan.Actions.OrderBy(a => a.Due ?? today.PlusYears(100)))
        {
            var status = action.IsOverdueOn(today) ? "OVERDUE" : action.Status switch
            {
                TreatmentActionStatus.NotStarted => "not started",
                TreatmentActionStatus.InProgress => "in progress",
                TreatmentActionStatus.Done => "done",
                _ => action.Status.ToString().ToLowerInvariant(),
            };
            var due = action.Due is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-";
            var risks = string.Join(",", action.Risks.Select(r => r.Value));
            output.WriteLine($"  {action.Id.Value,-5} {due,-10} {status,-11} {Fit(Name(action.Owner), 22),-22} {Fit(risks, 24)}");
            output.WriteLine($"        {Fit(action.Title, 70)}");
        }

        var overdue = plan.Actions.Count(a => a.IsOverdueOn(today));
        var unowned = plan.Actions.Count(a => a.IsOpen && a.Owner is null);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {overdue} overdue, {unowned} open without an owner: Stage 1 findings (isms readiness)."));
    }

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";
}
