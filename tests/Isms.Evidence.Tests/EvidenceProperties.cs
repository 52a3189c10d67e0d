using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Core.Tests.TestData;
using Isms.Evidence.Collection;
using Isms.Evidence.Rules;
using NodaTime;
using static Isms.Evidence.Tests.EvidenceTestData;

namespace Isms.Evidence.Tests;

/// <summary>Invariants of the evidence rules over generated evidence periods and proposals.</summary>
public sealed class EvidenceProperties
{
    private static readonly string[] Controls = ["5.1", "5.15", "6.3", "8.5", "8.13"];

    /// <summary>
    /// Accepted items whose periods, in some order, each start no later than the day after the furthest end so far
    /// (they overlap or touch), from any start date (leap days and year ends included), for random controls.
    /// </summary>
    private static Gen<EvidenceItem[]> Covering { get; } =
        from start in Gen.Choose(0, 3_000).Select(d => new LocalDate(2020, 1, 1).PlusDays(d))
        from steps in Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 120).Zip(Gen.Choose(0, 200)), n))
        from control in Gen.Elements(Controls)
        from order in Gen.Shuffle(Enumerable.Range(0, steps.Length).ToArray())
        select Build(start, steps, control, order);

    private static EvidenceItem[] Build(LocalDate start, (int Overlap, int Length)[] steps, string control, int[] order)
    {
        var items = new List<EvidenceItem>();
        var end = start.PlusDays(-1);
        for (var i = 0; i < steps.Length; i++)
        {
            // The next period starts on or before the day after the current end: never a gap.
            var first = end.PlusDays(1 - Math.Min(steps[i].Overlap, Period.Between(start, end.PlusDays(1), PeriodUnits.Days).Days));
            var last = first.PlusDays(steps[i].Length);
            items.Add(Item(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"EV{i}"), first, last, controls: [control]));
            if (last > end)
            {
                end = last;
            }
        }

        return [.. order.Select(i => items[i])];
    }

    [Property(MaxTest = 200)]
    public Property Evidence_covering_the_whole_period_never_yields_a_gap_finding() =>
        Prop.ForAll(Covering.ToArbitrary(), items =>
        {
            var isms = Sample(items);
            var asOf = items.Max(i => i.Period.End).PlusDays(1);
            return new ControlEvidenceRule().Evaluate(new Core.Readiness.ReadinessContext(isms, asOf)).All(f => f.Code != EvidenceReadinessCodes.EvidenceGap);
        });

    [Property(MaxTest = 200)]
    public Property Removing_one_day_from_a_single_chain_of_two_yields_exactly_one_gap() =>
        Prop.ForAll(Gen.Choose(0, 3_000).Zip(Gen.Choose(0, 100)).ToArbitrary(), t =>
        {
            var start = new LocalDate(2020, 1, 1).PlusDays(t.Item1);
            var end = start.PlusDays(t.Item2);
            var isms = Sample(Item("A", start, end, controls: ["5.1"]), Item("B", end.PlusDays(2), end.PlusDays(40), controls: ["5.1"]));
            var gaps = new ControlEvidenceRule().Evaluate(new Core.Readiness.ReadinessContext(isms, end.PlusDays(41))).Where(f => f.Code == EvidenceReadinessCodes.EvidenceGap).ToList();
            return gaps.Count == 1 && gaps[0].Message.Contains(Rules.Text.Date(end.PlusDays(1)) + " to " + Rules.Text.Date(end.PlusDays(1)), StringComparison.Ordinal);
        });

    private static Gen<EvidenceProposal[]> Proposals { get; } =
        from count in Gen.Choose(1, 6)
        from picks in Gen.ArrayOf(Gen.Elements(Controls).ArrayOf().Select(a => a.Distinct().ToArray()).Where(a => a.Length > 0), count)
        from offsets in Gen.ArrayOf(Gen.Choose(-400, 400), count)
        from lengths in Gen.ArrayOf(Gen.Choose(0, 400), count)
        select picks.Select((controls, i) => new EvidenceProposal
        {
            Title = "Proposal " + i,
            Artefact = new ArtefactReference { Location = new Uri("https://collector.example/" + i), Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i * 7919 + offsets[i]))) },
            CollectedAt = Instant.FromUtc(2026, 4, 1, 0, 0),
            Period = new EvidencePeriod(D(2026, 4, 1).PlusDays(offsets[i]), D(2026, 4, 1).PlusDays(offsets[i] + lengths[i])),
            ValidUntil = D(2026, 4, 1).PlusDays(offsets[i] + lengths[i] + 30),
            Controls = [.. controls.Select(c => new ControlId(c))],
        }).ToArray();

    [Property(MaxTest = 100)]
    public Property Proposals_never_change_coverage_and_accepting_one_changes_only_the_controls_it_supports() =>
        Prop.ForAll(Proposals.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (proposals, pick) =>
        {
            var asOf = D(2026, 4, 1);
            var before = Sample(Item("BASE", D(2026, 1, 1), D(2026, 3, 31), validUntil: D(2026, 6, 30), controls: ["5.1"]));
            var proposed = EvidenceInbox.Propose(before, EvidenceCollector.Automated("test-collector", "0.1"), proposals);
            static IEnumerable<(ControlId, EvidenceStatus, string)> Counting(EvidenceCoverage c) => c.Controls.Select(x => (x.Control, x.Status, string.Join(",", x.Current)));
            var unchanged = Counting(EvidenceCoverage.Of(before, asOf)).SequenceEqual(Counting(EvidenceCoverage.Of(proposed, asOf)))
                && EvidenceCoverage.Of(before, asOf).Themes.SequenceEqual(EvidenceCoverage.Of(proposed, asOf).Themes);

            var chosen = proposals[pick % proposals.Length];
            var acceptedOn = chosen.Period.Start > asOf ? chosen.Period.Start : asOf; // an acceptance is never before the period starts
            var accepted = EvidenceInbox.Accept(proposed, EvidenceInbox.IdOf(chosen.Artefact), TestIsms.Cto, acceptedOn);
            var changedControls = EvidenceCoverage.Of(proposed, asOf).Controls.Zip(EvidenceCoverage.Of(accepted, asOf).Controls)
                .Where(p => p.First.Status != p.Second.Status || !p.First.Current.SequenceEqual(p.Second.Current))
                .Select(p => p.First.Control);
            return unchanged && changedControls.All(chosen.Controls.Contains);
        });
}
