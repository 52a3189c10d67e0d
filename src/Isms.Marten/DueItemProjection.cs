using Isms.Certification.Lifecycle;
using Isms.Core;
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
        foreach (var risk in isms.Risks)
        {
            if (risk.Acceptance is { ExpiresOn: { } expires })
            {
                items.Add((DueItemKinds.RiskAcceptance, risk.Id.Value, expires, $"Acceptance of residual risk '{risk.Title}' expires"));
            }
        }

        foreach (var action in isms.TreatmentPlan.Actions)
        {
            if (action is { IsOpen: true, Due: { } due })
            {
                items.Add((DueItemKinds.TreatmentAction, action.Id.Value, due, action.Title));
            }
        }

        foreach (var nonconformity in isms.Nonconformities)
        {
            foreach (var corrective in nonconformity.CorrectiveActions.Where(c => !c.IsComplete))
            {
                items.Add((DueItemKinds.CorrectiveAction, $"{nonconformity.Id.Value}/{corrective.Id.Value}", corrective.Due, corrective.Description));
            }
        }

        foreach (var document in isms.Documents)
        {
            if (document.NextReviewOn is { } review)
            {
                items.Add((DueItemKinds.DocumentReview, document.Id.Value, review, $"Review '{document.Title}' v{document.Version}"));
            }
        }
    }
}
