using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Evidence.Collection;
using Isms.Serialization;
using NodaTime;

namespace Isms.Samples.IdpCollector;

/// <summary>
/// An automated evidence collector over an identity provider's user export (<see cref="IdpUserExportReader"/>): the
/// export file becomes one evidence proposal for Annex A 2022 5.16 (identity management: every account has a unique
/// id and a lifecycle status, leavers are deprovisioned), 5.17 (authentication information: which factors each
/// account holds) and 8.5 (secure authentication: MFA enrolment of the accounts that can sign in). The artefact is
/// the file itself (its URI and the SHA-256 of its bytes, so an auditor can check the copy they are shown); the title
/// and description state what the export shows, gaps included: evidence records facts, and the person who accepts it
/// judges them.
/// </summary>
/// <remarks>
/// An export is a snapshot taken on <see cref="ExportedOn"/>; taken monthly, each covers the month up to it
/// (<see cref="Covers"/>) and stays valid until the next is due (<see cref="ValidFor"/>), so consecutive exports leave
/// no uncovered day (RDY-EVD-003) and a missed export shows as expired evidence.
/// </remarks>
/// <threadsafety>Immutable once built and thread-safe; each <see cref="CollectAsync"/> reads the file afresh.</threadsafety>
public sealed class IdpUserExportCollector : IEvidenceCollector
{
    /// <summary>The Annex A 2022 controls an export supports.</summary>
    public static readonly ImmutableArray<ControlId> SupportedControls = [new("5.16"), new("5.17"), new("8.5")];

    private readonly string _path;
    private readonly IClock _clock;

    /// <summary>A collector over the export at <paramref name="path"/>.</summary>
    /// <param name="path">The export file.</param>
    /// <param name="clock">When it is collected (<see cref="EvidenceProposal.CollectedAt"/>, and the default export day).</param>
    public IdpUserExportCollector(string path, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        _path = path;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Name => "idp-user-export";

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <summary>Where the export is kept for the auditor (an archive, a GRC tool's file store); null for the file's own <c>file:</c> URI.</summary>
    public Uri? ArtefactLocation { get; init; }

    /// <summary>The day the identity provider exported it; null for the clock's date (UTC).</summary>
    public LocalDate? ExportedOn { get; init; }

    /// <summary>How far back the export speaks for, ending on the export day (one month: the month since the previous monthly export).</summary>
    public Period Covers { get; init; } = Period.FromMonths(1);

    /// <summary>How long after the export day it stays valid (one month: until the next monthly export is due).</summary>
    public Period ValidFor { get; init; } = Period.FromMonths(1);

    /// <summary>An account that can sign in but has not for this long is named as dormant (90 days by default).</summary>
    public Duration DormantAfter { get; init; } = Duration.FromDays(90);

    /// <summary>The organisation's applied controls the export also supports (e.g. its MFA control); none by default.</summary>
    public ImmutableArray<AppliedControlId> AppliedControls { get; init; } = [];

    /// <summary>The reading limits; null for the library's defaults.</summary>
    public IsmsDocumentOptions? ReadOptions { get; init; }

    /// <summary>Reads the export strictly and proposes it.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One proposal: the export as evidence of 5.16, 5.17 and 8.5.</returns>
    /// <exception cref="IsmsDocumentException">The export is malformed, too large or holds a value that is not one of its column's.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async IAsyncEnumerable<EvidenceProposal> CollectAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var limit = (ReadOptions ?? new IsmsDocumentOptions()).MaxDocumentBytes;
        byte[] bytes;
        await using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true))
        {
            if (file.Length > limit)
            {
                throw new IsmsDocumentException(DocumentErrorCodes.DocumentTooLarge, DocumentLocation.InText(1, null, null),
                    string.Create(CultureInfo.InvariantCulture, $"the export {Path.GetFileName(_path)} is {file.Length} bytes"), string.Create(CultureInfo.InvariantCulture, $"at most {limit} bytes"), null, null);
            }

            bytes = new byte[file.Length];
            await file.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        yield return Propose(bytes, IdpUserExportReader.Read(bytes, Path.GetFileName(_path), ReadOptions));
    }

    /// <summary>The proposal for an export's bytes and its accounts.</summary>
    internal EvidenceProposal Propose(byte[] bytes, ImmutableArray<IdpAccount> accounts)
    {
        var now = _clock.GetCurrentInstant();
        var exportedOn = ExportedOn ?? now.InUtc().Date;
        var exportedBy = exportedOn.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var active = accounts.Where(a => a.CanSignIn).ToList();
        var enrolled = active.Count(a => a.MfaEnrolled);
        var share = active.Count == 0 ? 0 : (int)Math.Floor(100.0 * enrolled / active.Count);
        return new EvidenceProposal
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Identity provider user export of {exportedOn:uuuu-MM-dd}: {active.Count} accounts that can sign in, {enrolled} with MFA ({share}%)"),
            Description = Describe(accounts, active, exportedBy),
            Artefact = new ArtefactReference
            {
                Location = ArtefactLocation ?? new Uri(Path.GetFullPath(_path)),
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                MediaType = "text/csv",
            },
            CollectedAt = now,
            Period = new EvidencePeriod(exportedOn.Minus(Covers).PlusDays(1), exportedOn),
            ValidUntil = exportedOn.Plus(ValidFor),
            Controls = SupportedControls,
            AppliedControls = AppliedControls,
        };
    }

    /// <summary>What the export shows, gaps first: the facts the person accepting it must judge.</summary>
    private string Describe(ImmutableArray<IdpAccount> accounts, List<IdpAccount> active, Instant exportedBy)
    {
        static string Names(IEnumerable<IdpAccount> list) => string.Join(", ", list.Select(a => a.Email));
        var lines = new List<string>();
        void Line(string label, List<IdpAccount> list)
        {
            if (list.Count > 0)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label} ({list.Count}): {Names(list)}."));
            }
        }

        Line("Accounts that can sign in without MFA", [.. active.Where(a => !a.MfaEnrolled)]);
        Line("Accounts whose only factors are SMS, voice or e-mail", [.. active.Where(a => a.HasOnlyWeakFactors)]);
        Line(string.Create(CultureInfo.InvariantCulture, $"Accounts that can sign in but have not for {DormantAfter.Days} days"), [.. active.Where(a => a.LastSignIn is not { } last || exportedBy - last > DormantAfter)]);
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"{accounts.Length} accounts: {active.Count} can sign in ({active.Count(a => a.HasPhishingResistantFactor)} with a phishing-resistant factor), "
            + $"{accounts.Count(a => a.Status is IdpAccountStatus.Provisioned or IdpAccountStatus.Staged)} not yet activated, "
            + $"{accounts.Count(a => a.Status == IdpAccountStatus.Suspended)} suspended, {accounts.Count(a => a.Status == IdpAccountStatus.Deprovisioned)} deprovisioned."));
        return string.Join(' ', lines);
    }
}
