using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Core.Tests.TestData;
using NodaTime;

namespace Isms.Evidence.Tests;

/// <summary>Evidence items, tests and an ISMS with a six-control SoA (test catalog) for the rule tests.</summary>
internal static class EvidenceTestData
{
    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static EvidenceItem Item(string id, LocalDate start, LocalDate end, LocalDate? validUntil = null, bool accepted = true, string[]? controls = null, string[]? applied = null, bool automated = false) => new()
    {
        Id = new EvidenceItemId(id),
        Title = "Evidence " + id,
        Artefact = new ArtefactReference { Location = new Uri("https://evidence.example.com/" + id), Sha256 = new string('a', 63) + id.Length % 10 },
        CollectedAt = Instant.FromUtc(end.Year, end.Month, end.Day, 12, 0),
        Period = new EvidencePeriod(start, end),
        ValidUntil = validUntil,
        CollectedBy = automated ? EvidenceCollector.Automated("idp-mfa-collector", "1.0.0") : EvidenceCollector.ByPerson(TestIsms.Ciso),
        Controls = [.. (controls ?? ["5.15"]).Select(c => new ControlId(c))],
        AppliedControls = [.. (applied ?? []).Select(a => new AppliedControlId(a))],
        Acceptance = accepted ? new EvidenceAcceptance { AcceptedBy = TestIsms.Cto, AcceptedOn = end } : null,
    };

    /// <summary>The test ISMS with an SoA over the six-control test catalog: 7.4 excluded, the rest applicable.</summary>
    public static InformationSecurityManagementSystem Sample(params EvidenceItem[] items) =>
        TestIsms.Builder()
            .With(b => b.StatementOfApplicability = new StatementOfApplicability(
                TestIsms.Catalog,
                TestIsms.Catalog.Controls.Select(c => c.Id.Value == "7.4"
                    ? SoaDecision.Exclude(c.Id, ExclusionReason.OutsideScope, "No server room")
                    : new SoaDecision { Control = c.Id, Applicable = true, Reasons = [InclusionReason.BestPractice], Status = ImplementationStatus.Implemented })))
            .AddEvidence(items)
            .Build();

    private static IsmsBuilder With(this IsmsBuilder builder, Action<IsmsBuilder> change)
    {
        change(builder);
        return builder;
    }
}
