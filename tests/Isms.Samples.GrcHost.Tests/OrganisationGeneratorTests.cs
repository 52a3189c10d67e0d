using Isms.Certification.Lifecycle;
using Isms.Samples.GrcHost.Generation;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>The generated organisations of <c>isms-grc seed</c>: the size mix, the registers in proportion, the cycle points, determinism.</summary>
public sealed class OrganisationGeneratorTests
{
    private static readonly CertificationLifecycle Lifecycle = new(new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0)));

    [Fact]
    public void Sizes_run_from_10_to_5000_persons_most_under_250_with_registers_in_proportion()
    {
        var generator = new OrganisationGenerator(Lifecycle, 42);
        var organisations = Enumerable.Range(1, 400).Select(generator.Create).ToList();
        var persons = organisations.Select(o => o.Isms.Profile.PersonsDoingWork).ToList();

        Assert.All(persons, p => Assert.InRange(p, 10, 5000));
        Assert.InRange(persons.Count(p => p < 250), 280, 360);        // about four in five
        Assert.Contains(persons, p => p > 1000);
        var small = organisations.Where(o => o.Isms.Profile.PersonsDoingWork < 100).ToList();
        var large = organisations.Where(o => o.Isms.Profile.PersonsDoingWork > 1000).ToList();
        Assert.True(large.Average(o => o.Isms.Risks.Count) > 2 * small.Average(o => o.Isms.Risks.Count), "a large organisation keeps a larger risk register");
        Assert.True(large.Average(o => o.Isms.Assets.Count) > 2 * small.Average(o => o.Isms.Assets.Count), "and more assets");
        Assert.All(organisations, o => Assert.Equal(93, o.Isms.StatementOfApplicability!.Decisions.Count()));
    }

    [Fact]
    public void Records_are_at_every_point_of_the_cycle_and_none_is_in_the_future()
    {
        var generator = new OrganisationGenerator(Lifecycle, 42);
        var organisations = Enumerable.Range(1, OrganisationGenerator.CyclePoints.Length).Select(generator.Create).ToList();

        Assert.Equal(OrganisationGenerator.CyclePoints.Length - 1, organisations.Count(o => o.Certification is not null));
        Assert.Equal(OrganisationGenerator.CyclePoints.Length - 1, organisations.Where(o => o.Certification is not null).Select(o => o.Certification!.History.Count).Distinct().Count());
        Assert.All(organisations.Where(o => o.Certification is not null),
            o => Assert.True(o.Certification!.LastEventAt <= OrganisationGenerator.LatestEvent.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_organisation_and_another_seed_another()
    {
        var a = new OrganisationGenerator(Lifecycle, 7).Create(123);
        var b = new OrganisationGenerator(Lifecycle, 7).Create(123);
        var c = new OrganisationGenerator(Lifecycle, 8).Create(123);

        Assert.Equal("org-000123", a.Key);
        Assert.Equal(a.Isms, b.Isms);
        Assert.Equal(a.Certification, b.Certification);
        Assert.NotEqual(a.Isms, c.Isms);
    }
}
