using System.Collections.Immutable;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Obligations;
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

        // The ISMS's dated obligations: one home (Isms.Core's DatedObligations), shared with the PostgreSQL read model.
        foreach (var obligation in DatedObligations.Of(isms))
        {
            Add(KindOf(obligation.Kind), obligation.Reference, obligation.Title, obligation.DueOn, obligation.Owner);
        }

        var ordered = items
            .OrderBy(i => i.Status)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Kind)
            .ThenBy(i => i.Reference, StringComparer.Ordinal)
            .ToImmutableArray();
        return new OrganisationDueList(organisation.Key, isms.Profile.LegalName, asOf, certification, ordered);
    }

    /// <summary>The due list's kind of an ISMS obligation.</summary>
    /// <param name="kind">The obligation's kind.</param>
    public static DueKind KindOf(DatedObligationKind kind) => kind switch
    {
        DatedObligationKind.RiskAcceptance => DueKind.RiskAcceptance,
        DatedObligationKind.TreatmentAction => DueKind.TreatmentAction,
        DatedObligationKind.CorrectiveAction => DueKind.CorrectiveAction,
        _ => DueKind.DocumentReview,
    };

    private static string? NameOf(InformationSecurityManagementSystem isms, PersonId? person) =>
        person is not { } id ? null : isms.People.TryGet(id, out var p) ? p.Name : id.Value;

    private static string Describe(CertificationRecord record) =>
        record.Certificate is { } certificate
            ? $"{record.State}, certificate {certificate.Number} expires {certificate.ExpiryDate:uuuu-MM-dd}"
            : record.State.ToString();
}
