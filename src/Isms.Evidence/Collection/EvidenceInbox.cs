using System.Globalization;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Monitoring;
using NodaTime;

namespace Isms.Evidence.Collection;

/// <summary>
/// Where automated evidence enters the ISMS: proposals become evidence items collected by the collector and its
/// version and without acceptance, so they change no control's status; <see cref="Accept"/> is the only way they count.
/// Each item's id is derived from its artefact's SHA-256 (<c>EV-</c> and the first 12 hexadecimal digits), so running a
/// collector twice over the same artefact proposes it once.
/// </summary>
/// <threadsafety>Stateless and thread-safe; the ISMS values it returns are immutable.</threadsafety>
public static class EvidenceInbox
{
    /// <summary>Runs <paramref name="collector"/> and returns <paramref name="isms"/> with its new proposals as unaccepted evidence items.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="collector">The collector.</param>
    /// <param name="cancellationToken">Cancels the collection.</param>
    /// <exception cref="IsmsException">A proposal supports nothing (<c>ISMS-EVD-003</c>) or breaks a rule of the ISMS (e.g. names an unknown applied control).</exception>
    public static async Task<InformationSecurityManagementSystem> ProposeAsync(InformationSecurityManagementSystem isms, IEvidenceCollector collector, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(isms);
        Guard.Against.Null(collector);
        var proposals = new List<EvidenceProposal>();
        await foreach (var proposal in collector.CollectAsync(cancellationToken).ConfigureAwait(false))
        {
            proposals.Add(proposal);
        }

        return Propose(isms, EvidenceCollector.Automated(collector.Name, collector.Version), proposals);
    }

    /// <summary>Returns <paramref name="isms"/> with <paramref name="proposals"/> as unaccepted items collected by <paramref name="collector"/>; proposals already present (same artefact digest) are skipped.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="collector">Who proposed them.</param>
    /// <param name="proposals">The proposals.</param>
    /// <exception cref="IsmsException">A proposal supports nothing (<c>ISMS-EVD-003</c>) or breaks a rule of the ISMS.</exception>
    public static InformationSecurityManagementSystem Propose(InformationSecurityManagementSystem isms, EvidenceCollector collector, IEnumerable<EvidenceProposal> proposals)
    {
        Guard.Against.Null(isms);
        Guard.Against.Null(collector);
        Guard.Against.Null(proposals);
        return isms.With(b =>
        {
            foreach (var proposal in proposals)
            {
                if (proposal.Controls.IsDefaultOrEmpty && proposal.AppliedControls.IsDefaultOrEmpty && proposal.Requirements.IsDefaultOrEmpty && proposal.Objectives.IsDefaultOrEmpty)
                {
                    throw new IsmsException(new IsmsError(EvidenceErrorCodes.ProposalSupportsNothing, $"The proposal '{proposal.Title}' from {collector} names no control, applied control, requirement or objective it supports.")
                    {
                        EntityKind = nameof(EvidenceProposal),
                        Member = nameof(EvidenceProposal.Controls),
                        Value = proposal.Title,
                    });
                }

                var id = IdOf(proposal.Artefact);
                if (b.Evidence.Contains(id))
                {
                    continue;
                }

                b.Evidence = b.Evidence.Add(new EvidenceItem
                {
                    Id = id,
                    Title = proposal.Title,
                    Description = proposal.Description,
                    Artefact = proposal.Artefact,
                    CollectedAt = proposal.CollectedAt,
                    Period = proposal.Period,
                    ValidUntil = proposal.ValidUntil,
                    CollectedBy = collector,
                    Controls = proposal.Controls,
                    AppliedControls = proposal.AppliedControls,
                    Requirements = proposal.Requirements,
                    Objectives = proposal.Objectives,
                });
            }
        });
    }

    /// <summary>Returns <paramref name="isms"/> with evidence item <paramref name="id"/> accepted by <paramref name="person"/> on <paramref name="date"/>.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="id">The item.</param>
    /// <param name="person">Who accepts it (a person of the ISMS).</param>
    /// <param name="date">When.</param>
    /// <param name="comment">What the reviewer noted.</param>
    /// <exception cref="IsmsException">No such item (<c>ISMS-EVD-004</c>), or the person is not in the ISMS or the date is before the period (the ISMS's own codes).</exception>
    public static InformationSecurityManagementSystem Accept(InformationSecurityManagementSystem isms, EvidenceItemId id, PersonId person, LocalDate date, string? comment = null)
    {
        Guard.Against.Null(isms);
        if (!isms.Evidence.TryGet(id, out var item))
        {
            throw new IsmsException(new IsmsError(EvidenceErrorCodes.UnknownEvidence, $"Evidence item '{id}' is not in the ISMS, so it cannot be accepted.")
            {
                EntityKind = nameof(EvidenceItem),
                EntityId = id.Value,
                Value = id.Value,
            });
        }

        return isms.With(b => b.Evidence = b.Evidence.Replace(item.Accept(person, date, comment)));
    }

    /// <summary>The id a proposal's item gets: <c>EV-</c> and the first 12 hexadecimal digits of its artefact's SHA-256.</summary>
    /// <param name="artefact">The artefact.</param>
    public static EvidenceItemId IdOf(ArtefactReference artefact)
    {
        Guard.Against.Null(artefact);
        return new EvidenceItemId(string.Create(CultureInfo.InvariantCulture, $"EV-{artefact.Sha256[..12]}"));
    }
}
