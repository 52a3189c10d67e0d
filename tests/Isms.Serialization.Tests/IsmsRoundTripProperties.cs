using FsCheck;
using FsCheck.Fluent;
using Isms.Core;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// FsCheck properties over WHOLE generated ISMS models (<see cref="IsmsArbitraries"/>): every register, optional
/// part and cross-reference survives the <c>isms</c> document kind, compact or indented, and rewriting what was
/// read gives the same bytes. 25 models per property (ISMS_SOAK=1: 1,000).
/// </summary>
public sealed class IsmsRoundTripProperties
{
    private static readonly int Tests = Environment.GetEnvironmentVariable("ISMS_SOAK") == "1" ? 1000 : 25;

    private static readonly IsmsDocumentSerializer Indented = IsmsDocumentSerializer.Default;
    private static readonly IsmsDocumentSerializer Compact = new(new IsmsDocumentOptions { WriteIndented = false });

    [Fact]
    public void Any_generated_isms_reads_back_equal_to_what_was_written() => Run(isms =>
    {
        var read = Indented.Deserialize<InformationSecurityManagementSystem>(Indented.Serialize(isms));
        Expect(isms, read);
    });

    [Fact]
    public void Reading_then_writing_an_isms_document_gives_the_same_bytes() => Run(isms =>
    {
        var json = Indented.Serialize(isms);
        var again = Indented.Serialize(Indented.Deserialize<InformationSecurityManagementSystem>(json));
        Assert.True(json.AsSpan().SequenceEqual(again), "rewriting the document read back changed its bytes");
    });

    [Fact]
    public void Compact_and_indented_isms_documents_read_back_the_same_model() => Run(isms =>
    {
        var compact = Compact.Serialize(isms);
        Assert.DoesNotContain((byte)'\n', compact);
        var fromCompact = Indented.Deserialize<InformationSecurityManagementSystem>(compact);
        Expect(isms, fromCompact);
        Assert.True(Compact.Serialize(fromCompact).AsSpan().SequenceEqual(compact), "the compact rewrite changed its bytes");
        Assert.True(Indented.Serialize(fromCompact).AsSpan().SequenceEqual(Indented.Serialize(isms)), "compact and indented documents hold different models");
    });

    [Fact]
    public void The_generator_covers_every_optional_part_of_an_isms()
    {
        // Guards the generator itself: a property over models that never hold an SoA or a FAIR model proves little.
        // A fixed seed: the sample is the same on every run, so this fails only when the generator changes.
        var sample = IsmsArbitraries.Isms.Sample(30, new Rnd(20261128UL), 90);
        Assert.Contains(sample, i => i.StatementOfApplicability is { } soa && soa.Catalog.Id == Core.Catalogs.AnnexA.Iso27001_2022_Id && soa.Decisions.Length > 0);
        Assert.Contains(sample, i => i.StatementOfApplicability is { } soa && soa.Catalog.Id == Core.Catalogs.AnnexA.Iso27001_2013_Id);
        Assert.Contains(sample, i => i.StatementOfApplicability is { } soa && !soa.Catalog.Id.StartsWith("iso27001-", StringComparison.Ordinal));
        Assert.Contains(sample, i => i.Risks.Any(r => r.QuantitativeModel is not null));
        Assert.Contains(sample, i => i.Risks.Any(r => r.Acceptance is not null));
        Assert.Contains(sample, i => i.Risks.Any(r => !r.Inherent.ByCriterion.IsEmpty));
        Assert.Contains(sample, i => i.Nonconformities.Any(n => !n.CorrectiveActions.IsEmpty && n.Finding is not null));
        Assert.Contains(sample, i => i.Audits.Any(a => a.Findings.Any(f => f.Nonconformity is not null)));
        Assert.Contains(sample, i => i.ManagementReviews.Any(r => r.Inputs.Count > 0));
        Assert.Contains(sample, i => i.Scope is not null && i.Policy is not null && i.AuditProgramme is not null);
        Assert.Contains(sample, i => i.People.Count == 0);
        Assert.Contains(sample, i => i.Risks.Count >= 13);
        Assert.Contains(sample, i => i.RiskCriteria.Matrix.Likelihood.Count >= 7);
        Assert.Contains(sample, i => i.Documents.Any(d => d.Retention is not null));
        Assert.Contains(sample, i => i.Context.Requirements.Count > 0 && i.Context.Issues.Count > 0);
    }

    private static void Run(Action<InformationSecurityManagementSystem> property) =>
        Prop.ForAll(IsmsArbitraries.Arbitrary(), property).Check(Config.QuickThrowOnFailure.WithMaxTest(Tests).WithQuietOnSuccess(true));

    /// <summary>Equal, and if not, names the first part that differs (the model's equality says only yes or no).</summary>
    internal static void Expect(InformationSecurityManagementSystem expected, InformationSecurityManagementSystem actual)
    {
        if (expected.Equals(actual) && SameCatalog(expected, actual))
        {
            return;
        }

        var parts = new (string Name, Func<InformationSecurityManagementSystem, object?> Get)[]
        {
            ("profile", i => i.Profile), ("context", i => i.Context), ("scope", i => i.Scope), ("policy", i => i.Policy),
            ("roles", i => i.Roles), ("people", i => i.People), ("assets", i => i.Assets), ("riskCriteria", i => i.RiskCriteria),
            ("risks", i => i.Risks), ("appliedControls", i => i.AppliedControls), ("statementOfApplicability", i => i.StatementOfApplicability),
            ("treatmentPlan", i => i.TreatmentPlan), ("objectives", i => i.Objectives), ("competenceRecords", i => i.CompetenceRecords),
            ("awarenessRecords", i => i.AwarenessRecords), ("documents", i => i.Documents), ("measurements", i => i.Measurements),
            ("auditProgramme", i => i.AuditProgramme), ("audits", i => i.Audits), ("managementReviews", i => i.ManagementReviews),
            ("nonconformities", i => i.Nonconformities),
        };
        var differing = parts.Where(p => !Equals(p.Get(expected), p.Get(actual))).Select(p => p.Name).ToList();
        if (!SameCatalog(expected, actual))
        {
            differing.Add("statementOfApplicability.catalog");
        }

        Assert.Fail("the ISMS read back differs in: " + string.Join(", ", differing));
    }

    private static bool SameCatalog(InformationSecurityManagementSystem a, InformationSecurityManagementSystem b) =>
        (a.StatementOfApplicability, b.StatementOfApplicability) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.Catalog.SameAs(y.Catalog),
            _ => false,
        };
}
