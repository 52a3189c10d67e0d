namespace Isms.Evidence.Collection;

/// <summary>
/// An automated evidence collector: reads a system (an identity provider's export, a cloud account, a ticket system)
/// and proposes evidence. Hosts implement it; <see cref="EvidenceInbox.ProposeAsync"/> records the proposals as
/// evidence items collected by this collector and version, <em>not accepted</em>: they count for no control until a
/// person accepts them (<see cref="EvidenceInbox.Accept"/>).
/// </summary>
/// <threadsafety>Implementations say; <see cref="EvidenceInbox"/> calls <see cref="CollectAsync"/> once per proposal run.</threadsafety>
public interface IEvidenceCollector
{
    /// <summary>The collector's name, e.g. <c>idp-mfa-collector</c>: recorded on every item it proposes.</summary>
    string Name { get; }

    /// <summary>The collector's version, e.g. <c>1.0.0</c>: recorded on every item, so an auditor knows which logic produced it.</summary>
    string Version { get; }

    /// <summary>Collects and returns the proposals.</summary>
    /// <param name="cancellationToken">Cancels the collection.</param>
    /// <returns>The proposals, in the order they should be recorded.</returns>
    IAsyncEnumerable<EvidenceProposal> CollectAsync(CancellationToken cancellationToken = default);
}
