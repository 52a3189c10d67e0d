using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Assets;
using Isms.Core.Improvement;
using Isms.Core.RiskManagement;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

/// <summary>
/// Building an ISMS reports every violated rule at once (dangling references, duplicate ids, rule breaks), in document
/// order, each with its entity kind, id, member and value: one exception, never only the first.
/// </summary>
public sealed class ValidationReportsEveryViolationTests
{
    private static readonly PersonId Ghost = new("ghost");

    [Fact]
    public void Three_violations_in_three_parts_are_reported_together_in_document_order()
    {
        var builder = TestIsms.Builder();
        builder.Risks = RiskRegister.From(builder.Risks.Scenarios.Replace(builder.Risks[0] with { Owner = Ghost }));
        builder.Assets = builder.Assets.Replace(TestIsms.Asset("A2", "A404"));
        builder.Nonconformities = builder.Nonconformities.Add(new Nonconformity
        {
            Id = new NonconformityId("NC1"),
            Description = "d",
            Source = NonconformitySource.SelfIdentified,
            RaisedOn = TestIsms.Today,
            Owner = TestIsms.Ciso,
            ClosedOn = TestIsms.Today,
        });

        var ex = Assert.Throws<IsmsException>(() => builder.Build());

        Assert.Collection(
            ex.Errors,
            e => Assert.Equal((IsmsErrorCodes.DanglingReference, "Asset", "A2", "DependsOn[0]", "A404"), (e.Code, e.EntityKind!, e.EntityId!, e.Member!, e.Value!)),
            e => Assert.Equal((IsmsErrorCodes.DanglingReference, "RiskScenario", "R1", "Owner", "ghost"), (e.Code, e.EntityKind!, e.EntityId!, e.Member!, e.Value!)),
            e => Assert.Equal((IsmsErrorCodes.ClosedWithoutVerification, "Nonconformity", "NC1", "ClosedOn"), (e.Code, e.EntityKind!, e.EntityId!, e.Member!)));
        Assert.Equal(IsmsErrorCodes.DanglingReference, ex.Code);
        Assert.Equal("Asset[A2].DependsOn[0]", ex.Error.Location);
    }

    [Fact]
    public void One_violation_is_one_error_whose_message_is_the_exceptions()
    {
        var builder = TestIsms.Builder();
        builder.Risks = RiskRegister.From(builder.Risks.Scenarios.Replace(builder.Risks[0] with { Owner = Ghost }));

        var ex = Assert.Throws<IsmsException>(() => builder.Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(error.Message, ex.Message);
        Assert.Equal("RiskScenario[R1].Owner", error.Location);
    }

    [Fact]
    public void A_finding_id_used_by_two_audits_names_the_second_audit_and_its_finding()
    {
        var ready = ReadyIsms.Builder();
        var audit = ready.Audits[0] with
        {
            Findings = [new Isms.Core.Performance.AuditFinding { Id = new FindingId("F1"), Grade = Isms.Core.Performance.FindingGrade.MinorNonconformity, Description = "Restore not tested" }],
        };
        ready.Audits = ready.Audits.Replace(audit).Add(audit with { Id = new AuditId("AUDIT-COPY") });

        var ex = Assert.Throws<IsmsException>(() => ready.Build());

        var duplicate = Assert.Single(ex.Errors, e => e.Code == IsmsErrorCodes.DuplicateId);
        Assert.Equal(("InternalAudit", "AUDIT-COPY", "Findings[0].Id"), (duplicate.EntityKind!, duplicate.EntityId!, duplicate.Member!));
    }

    /// <summary>
    /// An ISMS of generated size with k dangling references injected at random (asset owners, asset dependencies,
    /// risk owners, risk assets, each at most once per slot) reports exactly k errors, each a dangling reference, in
    /// document order (assets before risks, entities in register order); k = 0 builds.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool An_isms_with_k_injected_dangling_references_reports_exactly_k_errors_in_document_order(PositiveInt assetCount, PositiveInt riskCount, int seed)
    {
        var random = new Random(seed);
        var assets = Math.Min(assetCount.Get, 40);
        var risks = Math.Min(riskCount.Get, 60);
        var builder = TestIsms.Builder();
        builder.Assets = Register<AssetId, Asset>.Empty;
        builder.Risks = RiskRegister.Empty;
        var injected = 0;
        bool Inject()
        {
            var yes = random.NextDouble() < 0.15;
            injected += yes ? 1 : 0;
            return yes;
        }

        for (var i = 0; i < assets; i++)
        {
            var asset = TestIsms.Asset($"A{i}", i > 0 ? [$"A{i - 1}"] : []);
            asset = Inject() ? asset with { Owner = Ghost } : asset;
            asset = Inject() ? asset with { DependsOn = [.. asset.DependsOn, new AssetId($"missing-{i}")] } : asset;
            builder.AddAsset(asset);
        }

        for (var j = 0; j < risks; j++)
        {
            var risk = TestIsms.Risk($"R{j}", $"A{j % assets}");
            risk = Inject() ? risk with { Owner = Ghost } : risk;
            risk = Inject() ? risk with { Assets = [.. risk.Assets, new AssetId($"gone-{j}")] } : risk;
            builder.AddRisk(risk);
        }

        if (injected == 0)
        {
            return builder.Build().Risks.Count == risks;
        }

        var errors = Assert.Throws<IsmsException>(() => builder.Build()).Errors;
        var order = errors.Select(e => (Part: e.EntityKind == "Asset" ? 0 : 1, Index: int.Parse(e.EntityId![1..], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return errors.Length == injected
            && errors.All(e => e.Code == IsmsErrorCodes.DanglingReference && e.EntityKind is "Asset" or "RiskScenario" && e.Member is not null && e.Value is not null)
            && order.Zip(order.Skip(1)).All(p => p.First.CompareTo(p.Second) <= 0);
    }
}
