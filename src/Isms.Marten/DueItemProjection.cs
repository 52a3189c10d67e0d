using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Obligations;
using Isms.Serialization;
using NodaTime;

namespace Isms.Marten;

/// <summary>
/// The dated obligations of one document, written into the deadline read model in the same transaction as the
/// document's revision (an inline projection): so "what is due by day D across all tenants" is one range scan of an
/// index on the due day, not a read of every document.
/// </summary>
internal static class DueItemProjection
{
    /// <summary>(kind, reference, due on, title) of every dated obligation of a document; empty for other kinds.</summary>
    public static List<(string Kind, string Reference, LocalDate DueOn, string Title)> Of(object document, byte[] bytes, IsmsDocumentSerializer serializer)
    {
        var items = new List<(string, string, LocalDate, string)>();
        switch (document)
        {
            case InformationSecurityManagementSystem isms:
                Add(items, isms);
                break;
            case CertificationRecord:
            case CertificationRecordDocument:
                // Read back as the whole document for the policy its deadlines are computed under.
                var record = serializer.Deserialize<CertificationRecordDocument>(bytes);
                var lifecycle = new CertificationLifecycle(SystemClock.Instance, record.Policy);
                // As of the last event: the due days follow from the history, not from when the projection runs.
                foreach (var deadline in lifecycle.Deadlines(record.Record, record.Record.LastEventAt))
                {
                    items.Add((DueItemKinds.Certification, deadline.Kind.ToString(), deadline.DueDate, deadline.Description));
                }

                break;
        }

        // One row per (kind, reference): the earliest due day wins if a document names the same item twice.
        return [.. items.GroupBy(i => (i.Item1, i.Item2)).Select(g => g.MinBy(i => i.Item3))];
    }

    private static void Add(List<(string, string, LocalDate, string)> items, InformationSecurityManagementSystem isms)
    {
        // The rules are Isms.Core's (DatedObligations), the same the GrcHost's due list applies.
        foreach (var obligation in DatedObligations.Of(isms))
        {
            items.Add((KindOf(obligation.Kind), obligation.Reference, obligation.DueOn, obligation.Title));
        }
    }

    /// <summary>The read model's kind (<see cref="DueItemKinds"/>) of an ISMS obligation.</summary>
    public static string KindOf(DatedObligationKind kind) => kind switch
    {
        DatedObligationKind.RiskAcceptance => DueItemKinds.RiskAcceptance,
        DatedObligationKind.TreatmentAction => DueItemKinds.TreatmentAction,
        DatedObligationKind.CorrectiveAction => DueItemKinds.CorrectiveAction,
        _ => DueItemKinds.DocumentReview,
    };
}
