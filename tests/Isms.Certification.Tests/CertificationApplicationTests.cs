using Isms.Certification.Applications;
using Isms.Core;

namespace Isms.Certification.Tests;

/// <summary>
/// The application form a certification body reviews (ISO/IEC 17021-1:2015 9.1.1): who applies, for what scope, with
/// how many persons and at which sites; every field checked where it is given, with the member named.
/// </summary>
public sealed class CertificationApplicationTests
{
    private static readonly ApplicationSite Leeds = new("Leeds", ["Development", "HR"], isCentralFunction: true);
    private static readonly ApplicationSite York = new("York", ["Support", "Development"]);

    private static CertificationApplication Application(
        string name = "Northwind", string activities = "SaaS", int persons = 40, IEnumerable<ApplicationSite>? sites = null,
        string scope = "The SaaS platform", StandardEdition edition = StandardEdition.Edition2022, IEnumerable<AnnexATheme>? themes = null) =>
        new(name, activities, persons, sites ?? [Leeds, York], scope, edition, themes);

    [Fact]
    public void The_application_keeps_what_the_organisation_wrote()
    {
        var application = Application(persons: 1, edition: StandardEdition.Edition2013);

        Assert.Equal(("Northwind", "SaaS", 1, "The SaaS platform", StandardEdition.Edition2013),
            (application.OrganisationName, application.Activities, application.PersonsUnderControl, application.ScopeStatement, application.Edition));
        Assert.Equal([Leeds, York], application.Sites);
        Assert.True(application.Sites[0].IsCentralFunction);
        Assert.False(application.Sites[1].IsCentralFunction);
    }

    [Fact]
    public void Every_Annex_A_theme_applies_unless_the_application_says_otherwise()
    {
        Assert.Equal(Enum.GetValues<AnnexATheme>(), Application().ApplicableThemes);
        Assert.Equal([AnnexATheme.People, AnnexATheme.Technological],
            Application(themes: [AnnexATheme.Technological, AnnexATheme.People, AnnexATheme.Technological]).ApplicableThemes);
        Assert.Empty(Application(themes: []).ApplicableThemes);
    }

    [Fact]
    public void All_processes_are_each_site_s_processes_once_in_order_of_appearance()
    {
        Assert.Equal(["Development", "HR", "Support"], Application().AllProcesses);
    }

    [Theory]
    [InlineData("", "SaaS", "Scope", nameof(CertificationApplication.OrganisationName))]
    [InlineData("Org", " ", "Scope", nameof(CertificationApplication.Activities))]
    [InlineData("Org", "SaaS", "", nameof(CertificationApplication.ScopeStatement))]
    public void A_blank_text_field_is_refused_naming_it(string name, string activities, string scope, string member)
    {
        var ex = Assert.Throws<CertificationException>(() => Application(name: name, activities: activities, scope: scope));

        Assert.Equal((CertificationErrorCodes.InvalidApplication, nameof(CertificationApplication), member), (ex.Code, ex.EntityKind, ex.Member));
    }

    [Fact]
    public void A_missing_site_is_refused_at_its_index()
    {
        var ex = Assert.Throws<CertificationException>(() => Application(sites: [Leeds, York, null!]));

        Assert.Equal((CertificationErrorCodes.InvalidApplication, "Sites[2]"), (ex.Code, ex.Member));
    }

    [Fact]
    public void A_site_named_twice_is_refused_at_the_second_with_its_name()
    {
        var ex = Assert.Throws<CertificationException>(() => Application(sites: [Leeds, York, new ApplicationSite("Leeds", ["Sales"])]));

        Assert.Equal((CertificationErrorCodes.InvalidApplication, "Sites[2].Name", "Leeds"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void Site_names_differing_only_in_case_are_two_sites()
    {
        Assert.Equal(2, Application(sites: [Leeds, new ApplicationSite("LEEDS", ["Sales"])]).Sites.Length);
    }

    [Fact]
    public void An_undefined_edition_or_theme_is_refused()
    {
        var edition = Assert.Throws<CertificationException>(() => Application(edition: (StandardEdition)42));
        var theme = Assert.Throws<CertificationException>(() => Application(themes: [(AnnexATheme)42]));

        Assert.Equal(nameof(CertificationApplication.Edition), edition.Member);
        Assert.Equal(nameof(CertificationApplication.ApplicableThemes), theme.Member);
    }

    [Theory]
    [InlineData("", "Name")]
    [InlineData("York", "Processes[1]")]
    public void A_site_with_a_blank_name_or_process_is_refused_naming_it(string name, string member)
    {
        var ex = Assert.Throws<CertificationException>(() => new ApplicationSite(name, ["Support", " "]));

        Assert.Equal((CertificationErrorCodes.InvalidApplication, nameof(ApplicationSite), member), (ex.Code, ex.EntityKind, ex.Member));
    }

    [Fact]
    public void Applications_with_the_same_content_are_equal_and_any_field_tells_them_apart()
    {
        Assert.Equal(Application(), Application());
        Assert.Equal(Application().GetHashCode(), Application().GetHashCode());
        Assert.NotEqual(Application(persons: 41), Application());
        Assert.NotEqual(Application(sites: [York, Leeds]), Application());
        Assert.NotEqual(Application(themes: [AnnexATheme.People]), Application());
        Assert.NotEqual(Application(scope: "Other"), Application());
        Assert.NotEqual(new ApplicationSite("York", ["Support"], isCentralFunction: true), new ApplicationSite("York", ["Support"]));
    }
}
