using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Readiness;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Properties;

public class ModelProperties
{
    private static readonly string[] SoaGapCodes =
    [
        ReadinessCodes.SoaMissing, ReadinessCodes.SoaControlsUndecided, ReadinessCodes.SoaInclusionNotTraced, ReadinessCodes.SoaRiskTreatmentWithoutRisk,
    ];

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Adding_then_removing_an_entity_restores_the_register(AssetIds ids)
    {
        var register = Register<AssetId, Asset>.Of(ids.Values.Select(id => TestIsms.Asset(id)));
        var added = register.Add(TestIsms.Asset("new-asset"));
        var restored = added.Remove(new AssetId("new-asset"));
        return restored.Equals(register) && restored.Ids.SequenceEqual(register.Ids) && added.Count == register.Count + 1;
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Removing_any_entity_then_adding_it_back_keeps_the_same_entities(AssetIds ids)
    {
        var register = Register<AssetId, Asset>.Of(ids.Values.Select(id => TestIsms.Asset(id)));
        return register.All(asset =>
        {
            var roundTrip = register.Remove(asset.Id).Add(asset);
            return roundTrip.Count == register.Count && roundTrip.ToHashSet().SetEquals(register) && roundTrip[asset.Id] == asset;
        });
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Readiness_never_reports_an_soa_gap_when_every_control_is_decided_and_justified(JustifiedDecisions decisions)
    {
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = new StatementOfApplicability(TestIsms.Catalog, decisions.Decisions, builder.StatementOfApplicability!.Version);
        var report = ReadinessAnalyzer.Default.Analyze(builder.Build(), TestIsms.Today);
        return !report.Findings.Any(f => SoaGapCodes.Contains(f.Code));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool The_diff_of_an_soa_with_any_other_version_accounts_for_every_control(JustifiedDecisions a, JustifiedDecisions b, int dropSeed)
    {
        var older = new StatementOfApplicability(TestIsms.Catalog, a.Decisions.Where((_, i) => ((dropSeed >> i) & 1) == 0));
        var newer = new StatementOfApplicability(TestIsms.Catalog, b.Decisions.Where((_, i) => ((dropSeed >> (i + 8)) & 1) == 0));
        var diff = SoaDiff.Between(older, newer);
        var unchanged = older.Decisions.Count(d => newer.TryGetDecision(d.Control, out var n) && SoaDiff.Between(
            new StatementOfApplicability(TestIsms.Catalog, [d]), new StatementOfApplicability(TestIsms.Catalog, [n])).IsEmpty);
        return diff.Added.Length + unchanged + diff.Changed.Length == newer.Decisions.Length
            && diff.Removed.Length + unchanged + diff.Changed.Length == older.Decisions.Length
            && SoaDiff.Between(newer, newer).IsEmpty;
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public Property Invalid_construction_never_leaves_a_changed_value(InvalidChange change)
    {
        var isms = ReadyIsms.Create();
        var before = isms.ToBuilder();
        var threw = false;
        try
        {
            change.Apply(isms);
        }
        catch (IsmsException)
        {
            threw = true;
        }

        var unchanged = isms.Equals(ReadyIsms.Create())
            && ReferenceEquals(before.Assets, isms.Assets)
            && ReferenceEquals(before.Risks, isms.Risks)
            && ReferenceEquals(before.People, isms.People);
        return (threw && unchanged).Label(change.Name);
    }
}
