using System.Collections.Immutable;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Samples.GrcHost.Tenants;
using NodaTime;

namespace Isms.Samples.GrcHost.DueList;

/// <summary>
/// The daily job of a GRC platform: evaluates every organisation's records as of a day and lists what is overdue or
/// due within the window: certification deadlines, expiring risk acceptances, treatment actions, corrective actions
/// and documents whose review date has come.
/// </summary>
/// <remarks>Pure over its inputs: the day is a parameter (the host passes the clock's today), so a test runs the job as
/// of any fixed date. Certification records are first advanced to the day (a missed surveillance suspends, an expired
/// certificate expires), exactly as the certification body's system would see them.</remarks>
/// <param name="source">Where the organisations come from.</param>
/// <param name="lifecycle">The certification lifecycle (its policy sets the certification deadlines).</param>
/// <param name="options">The look-ahead window.</param>
public sealed class DueListJob(IOrganisationSource source, CertificationLifecycle lifecycle, DueListOptions options)
{
    /// <summary>Evaluates every organisation of the source as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day to evaluate.</param>
    /// <returns>One due list per organisation, in the source's order.</returns>
    public ImmutableArray<OrganisationDueList> Run(LocalDate asOf) => [.. source.LoadAll().Select(o => Evaluate(o, asOf))];

    /// <summary>Evaluates one organisation as of <paramref name="asOf"/>.</summary>
    /// <param name="organisation">The organisation's records.</param>
    /// <param name="asOf">The day to evaluate.</param>
    /// <returns>Its due list: overdue first, then by due date and reference.</returns>
    public OrganisationDueList Evaluate(OrganisationRecords organisation, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var horizon = asOf.Plus(options.Window);
        var isms = organisation.Isms;
        var items = new List<DueItem>();

        void Add(DueKind kind, string reference, string title, LocalDate dueOn, PersonId? owner)
        {
            if (dueOn > horizon)
            {
                return;
            }

            var late = Period.DaysBetween(dueOn, asOf);
            items.Add(new DueItem(kind, reference, title, dueOn, dueOn < asOf ? DueStatus.Overdue : DueStatus.DueSoon, NameOf(isms, owner), late));
        }

        string? certification = null;
        if (organisation.Certification is { } record)
        {
            var at = asOf.At(new LocalTime(12, 0)).InZoneLeniently(lifecycle.Policy.TimeZone).ToInstant();
            var advanced = record.LastEventAt < at ? lifecycle.Advance(record, at) : record;
            certification = Describe(advanced);
            foreach (var deadline in lifecycle.Deadlines(advanced, at))
            {
                if (deadline.Status is DeadlineStatus.Due or DeadlineStatus.Overdue || deadline.DueDate <= horizon)
                {
                    Add(DueKind.Certification, deadline.Kind.ToString(), deadline.Description, deadline.DueDate, null);
                }
            }
        }

        foreach (var risk in isms.Risks)
        {
            if (risk.Acceptance is { ExpiresOn: { } expires } acceptance)
            {
                Add(DueKind.RiskAcceptance, risk.Id.Value, $"Acceptance of residual risk '{risk.Title}' expires: reassess and re-approve", expires, acceptance.AcceptedBy);
            }
        }

        foreach (var action in isms.TreatmentPlan.Actions)
        {
            if (action is { IsOpen: true, Due: { } due })
            {
                Add(DueKind.TreatmentAction, action.Id.Value, action.Title, due, action.Owner);
            }
        }

        foreach (var nonconformity in isms.Nonconformities)
        {
            foreach (var corrective in nonconformity.CorrectiveActions.Where(c => !c.IsComplete))
            {
                Add(DueKind.CorrectiveAction, $"{nonconformity.Id.Value}/{corrective.Id.Value}", corrective.Description, corrective.Due, corrective.Owner);
            }
        }

        foreach (var document in isms.Documents)
        {
            if (document.NextReviewOn is { } review)
            {
                Add(DueKind.DocumentReview, document.Id.Value, $"Review '{document.Title}' v{document.Version}", review, document.Owner);
            }
        }

        var ordered = items
            .OrderBy(i => i.Status)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Kind)
            .ThenBy(i => i.Reference, StringComparer.Ordinal)
            .ToImmutableArray();
        return new OrganisationDueList(organisation.Key, isms.Profile.LegalName, asOf, certification, ordered);
    }

    private static string? NameOf(InformationSecurityManagementSystem isms, PersonId? person) =>
        person is not { } id ? null : isms.People.TryGet(id, out var p) ? p.Name : id.Value;

    private static string Describe(CertificationRecord record) =>
        record.Certificate is { } certificate
            ? $"{record.State}, certificate {certificate.Number} expires {certificate.ExpiryDate:uuuu-MM-dd}"
            : record.State.ToString();
}
