using FsCheck;
using FsCheck.Fluent;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Properties;

/// <summary>Generators for the model's properties.</summary>
public static class ModelArbitraries
{
    private static readonly string[] IdAlphabet = ["A", "B", "C", "7", "-", "x", "Ä", "1"];

    /// <summary>Distinct asset ids (1-4 characters, no padding), 0-12 of them.</summary>
    public static Arbitrary<AssetIds> AssetIds() =>
        Gen.ListOf(Gen.ArrayOf(Gen.Elements(IdAlphabet)).Select(parts => "A" + string.Concat(parts)))
            .Select(ids => new AssetIds([.. ids.Distinct().Take(12)]))
            .ToArbitrary();

    /// <summary>A complete, justified set of SoA decisions over the test catalog.</summary>
    public static Arbitrary<JustifiedDecisions> JustifiedDecisions() =>
        Gen.CollectToArray(TestIsms.Catalog.Controls.Select(c => Decision(c.Id)))
            .Select(ds => new JustifiedDecisions([.. ds]))
            .ToArbitrary();

    /// <summary>An invalid change to the ready ISMS.</summary>
    public static Arbitrary<InvalidChange> InvalidChanges() =>
        Gen.Elements(InvalidChange.All.ToArray()).ToArbitrary();

    private static Gen<SoaDecision> Decision(ControlId id)
    {
        var exclude =
            from reason in Gen.Elements(Enum.GetValues<ExclusionReason>())
            from words in Gen.Choose(1, 20)
            select SoaDecision.Exclude(id, reason, string.Join(' ', Enumerable.Repeat("justified", words)));
        var include =
            from reasons in Gen.SubListOf(Enum.GetValues<InclusionReason>()).Where(r => r.Count > 0)
            from status in Gen.Elements(Enum.GetValues<ImplementationStatus>())
            select new SoaDecision
            {
                Control = id,
                Applicable = true,
                Status = status,
                Reasons = [.. reasons],
                Risks = reasons.Contains(InclusionReason.RiskTreatment) ? [new RiskId("R1")] : [],
                Requirements = reasons.Any(r => r is InclusionReason.Legal or InclusionReason.Regulatory or InclusionReason.Contractual)
                    ? [new RequirementId("REQ1")]
                    : [],
            };
        return Gen.OneOf(include, exclude);
    }
}

/// <summary>Distinct asset ids.</summary>
/// <param name="Values">The ids.</param>
public sealed record AssetIds(string[] Values);

/// <summary>One decision per control of the test catalog, each justified.</summary>
/// <param name="Decisions">The decisions.</param>
public sealed record JustifiedDecisions(SoaDecision[] Decisions);

/// <summary>A named change that breaks a rule of the model.</summary>
/// <param name="Name">What the change does.</param>
/// <param name="Apply">The change.</param>
public sealed record InvalidChange(string Name, Func<InformationSecurityManagementSystem, InformationSecurityManagementSystem> Apply)
{
    /// <summary>All invalid changes the property tries.</summary>
    public static IReadOnlyList<InvalidChange> All { get; } =
    [
        new("remove an asset a risk names", i => i.With(b => b.Assets = b.Assets.Remove(new AssetId("A1")))),
        new("remove the risk owner", i => i.With(b => b.People = b.People.Remove(TestIsms.Ciso))),
        new("add a duplicate person", i => i.With(b => b.People = b.People.Add(TestIsms.Person(TestIsms.Cto, "Again")))),
        new("add a risk naming an unknown asset", i => i.With(b => b.Risks = b.Risks.Add(TestIsms.Risk("R9", "A404")))),
        new("give a risk an unknown owner", i => i.With(b => b.Risks = b.Risks.Replace(i.Risks[0] with { Owner = new PersonId("ghost") }))),
        new("link a control that does not exist", i => i.With(b => b.Risks = b.Risks.Replace(i.Risks[0] with { PlannedControls = [new AppliedControlId("AC404")] }))),
        new("assess outside the scales", i => i.With(b => b.Risks = b.Risks.Replace(i.Risks[0] with { Current = TestIsms.Assessment(9, 9) }))),
        new("remove an applied control a risk uses", i => i.With(b => b.AppliedControls = b.AppliedControls.Remove(new AppliedControlId("AC1")))),
        new("remove an unknown document", i => i.With(b => b.Documents = b.Documents.Remove(new DocumentId("nope")))),
        new("scope a site that does not exist", i => i.With(b => b.Scope = i.Scope! with { Sites = [new SiteId("MARS")] })),
        new("let an asset depend on itself", i => i.With(b => b.Assets = b.Assets.Replace(i.Assets[0] with { DependsOn = [i.Assets[0].Id] }))),
    ];

    /// <summary>Returns the name (FsCheck prints it for a counterexample).</summary>
    public override string ToString() => Name;
}
