using System.Runtime.CompilerServices;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Core.Tests.TestData;
using Isms.Evidence.Collection;
using NodaTime;
using static Isms.Evidence.Tests.EvidenceTestData;

namespace Isms.Evidence.Tests;

public sealed class EvidenceInboxTests
{
    private sealed class FixedCollector(params EvidenceProposal[] proposals) : IEvidenceCollector
    {
        public string Name => "fixed-collector";

        public string Version => "2.0.1";

        public async IAsyncEnumerable<EvidenceProposal> CollectAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var proposal in proposals)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                yield return proposal;
            }
        }
    }

    private static EvidenceProposal Proposal(string control) => new()
    {
        Title = "MFA enrolment " + control,
        Artefact = new ArtefactReference { Location = new Uri("file:///exports/users.csv"), Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(control))) },
        CollectedAt = Instant.FromUtc(2026, 3, 31, 22, 0),
        Period = new EvidencePeriod(D(2026, 3, 31), D(2026, 3, 31)),
        ValidUntil = D(2026, 6, 30),
        Controls = [new ControlId(control)],
    };

    [Fact]
    public async Task Proposals_are_recorded_unaccepted_with_the_collector_and_count_only_once_accepted()
    {
        var isms = Sample();
        var proposed = await EvidenceInbox.ProposeAsync(isms, new FixedCollector(Proposal("8.5")), TestContext.Current.CancellationToken);

        var item = Assert.Single(proposed.Evidence);
        Assert.False(item.IsAccepted);
        Assert.Equal(EvidenceCollector.Automated("fixed-collector", "2.0.1"), item.CollectedBy);
        Assert.Equal(item.Id, EvidenceInbox.IdOf(item.Artefact));
        Assert.StartsWith("EV-", item.Id.Value, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.Missing, EvidenceCoverage.Of(proposed, D(2026, 4, 1)).Controls.Single(c => c.Control.Value == "8.5").Status);

        var accepted = EvidenceInbox.Accept(proposed, item.Id, TestIsms.Cto, D(2026, 4, 1), "Matches the IdP console");
        Assert.Equal(EvidenceStatus.Current, EvidenceCoverage.Of(accepted, D(2026, 4, 1)).Controls.Single(c => c.Control.Value == "8.5").Status);
    }

    [Fact]
    public async Task Running_a_collector_twice_over_the_same_artefact_proposes_it_once()
    {
        var collector = new FixedCollector(Proposal("8.5"));
        var once = await EvidenceInbox.ProposeAsync(Sample(), collector, TestContext.Current.CancellationToken);
        var twice = await EvidenceInbox.ProposeAsync(once, collector, TestContext.Current.CancellationToken);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void A_proposal_supporting_nothing_and_accepting_an_unknown_item_are_coded_errors()
    {
        var ex = Assert.Throws<IsmsException>(() => EvidenceInbox.Propose(Sample(), EvidenceCollector.Automated("c", "1"), [Proposal("8.5") with { Controls = [] }]));
        Assert.Equal(EvidenceErrorCodes.ProposalSupportsNothing, ex.Code);
        var unknown = Assert.Throws<IsmsException>(() => EvidenceInbox.Accept(Sample(), new EvidenceItemId("EV-404"), TestIsms.Cto, D(2026, 4, 1)));
        Assert.Equal((EvidenceErrorCodes.UnknownEvidence, "EV-404"), (unknown.Code, unknown.Error.Value));
    }

    [Fact]
    public void Acceptance_by_someone_outside_the_isms_is_refused_by_the_isms_itself()
    {
        var proposed = EvidenceInbox.Propose(Sample(), EvidenceCollector.Automated("c", "1"), [Proposal("8.5")]);
        var ex = Assert.Throws<IsmsException>(() => EvidenceInbox.Accept(proposed, proposed.Evidence[0].Id, new PersonId("stranger"), D(2026, 4, 1)));
        Assert.Equal(IsmsErrorCodes.DanglingReference, ex.Code);
    }

    [Fact]
    public async Task A_cancelled_collection_changes_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EvidenceInbox.ProposeAsync(Sample(), new FixedCollector(Proposal("8.5")), cts.Token));
    }
}
