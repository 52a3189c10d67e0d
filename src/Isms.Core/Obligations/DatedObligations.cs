using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Obligations;

/// <summary>
/// The one home of the rules that say what an ISMS has due by a date: a risk acceptance with an expiry date, an open
/// treatment action with a due date, a corrective action not completed, a document with a next review date. Hosts
/// (a daily due list, the PostgreSQL store's deadline read model) call it instead of walking the registers themselves,
/// so each rule is written once.
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class DatedObligations
{
    /// <summary>Every dated obligation of an ISMS, whatever the day: the caller decides what is overdue or due soon.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <returns>In register order: risk acceptances, treatment actions, corrective actions, document reviews.</returns>
    public static ImmutableArray<DatedObligation> Of(InformationSecurityManagementSystem isms)
    {
        Guard.Against.Null(isms);
        var items = ImmutableArray.CreateBuilder<DatedObligation>();
        foreach (var risk in isms.Risks)
        {
            if (risk.Acceptance is { ExpiresOn: { } expires } acceptance)
            {
                items.Add(new DatedObligation(DatedObligationKind.RiskAcceptance, risk.Id.Value,
                    $"Acceptance of residual risk '{risk.Title}' expires: reassess and re-approve", expires, acceptance.AcceptedBy));
            }
        }

        foreach (var action in isms.TreatmentPlan.Actions)
        {
            if (action is { IsOpen: true, Due: { } due })
            {
                items.Add(new DatedObligation(DatedObligationKind.TreatmentAction, action.Id.Value, action.Title, due, action.Owner));
            }
        }

        foreach (var nonconformity in isms.Nonconformities)
        {
            foreach (var corrective in nonconformity.CorrectiveActions)
            {
                if (!corrective.IsComplete)
                {
                    items.Add(new DatedObligation(DatedObligationKind.CorrectiveAction, $"{nonconformity.Id.Value}/{corrective.Id.Value}",
                        corrective.Description, corrective.Due, corrective.Owner));
                }
            }
        }

        foreach (var document in isms.Documents)
        {
            if (document.NextReviewOn is { } review)
            {
                items.Add(new DatedObligation(DatedObligationKind.DocumentReview, document.Id.Value,
                    $"Review '{document.Title}' v{document.Version}", review, document.Owner));
            }
        }

        return items.ToImmutable();
    }
}
