using Isms.Certification;
using Isms.Certification.AuditTime;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Extensions.DependencyInjection;
using Isms.Risk.Quantitative;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Extensions.DependencyInjection.Tests;

public sealed class AddIsmsTests
{
    private static readonly Type[] Engines =
    [
        typeof(IClock), typeof(ControlCatalogSet), typeof(ReadinessAnalyzer), typeof(FairSimulator),
        typeof(CertificationLifecycle), typeof(AuditTimeCalculator), typeof(IsmsDocumentSerializer), typeof(DocumentFileStore),
    ];

    public static TheoryData<Type> EngineTypes() => new(Engines);

    [Theory]
    [MemberData(nameof(EngineTypes))]
    public void AddIsms_registers_each_engine_as_one_shared_singleton(Type service)
    {
        using var provider = new ServiceCollection().AddIsms().Services.BuildServiceProvider(Validate());

        var first = provider.GetRequiredService(service);
        Assert.Same(first, provider.GetRequiredService(service));
        Assert.Equal(ServiceLifetime.Singleton, Descriptor(new ServiceCollection().AddIsms().Services, service).Lifetime);
    }

    [Fact]
    public void Calling_AddIsms_twice_registers_each_service_once()
    {
        var services = new ServiceCollection();
        services.AddIsms();
        services.AddIsms(o => o.IncludeAnnexA = true);

        foreach (var engine in Engines)
        {
            Assert.Single(services, d => d.ServiceType == engine);
        }

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<IsmsOptions>));
    }

    [Fact]
    public void The_clock_is_the_system_clock_unless_the_application_registered_one()
    {
        using var defaults = new ServiceCollection().AddIsms().Services.BuildServiceProvider();
        Assert.Same(SystemClock.Instance, defaults.GetRequiredService<IClock>());

        var fake = new FakeClock(Instant.FromUtc(2026, 11, 28, 6, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(fake);
        services.AddIsms();
        using var provider = services.BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IClock>());
        Assert.Same(fake, provider.GetRequiredService<CertificationLifecycle>().Clock);
    }

    [Fact]
    public void A_service_the_application_registered_first_is_not_replaced()
    {
        var own = new AuditTimeCalculator { Stage1Share = 0.25m };
        var services = new ServiceCollection().AddSingleton(own);
        services.AddIsms();
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<AuditTimeCalculator>());
    }

    [Fact]
    public void Options_reach_the_engines_built_from_them()
    {
        var policy = new CertificationBodyPolicy { CertificationBodyName = "Example CB", DaysToCloseMajors = 60 };
        using var provider = new ServiceCollection()
            .AddIsms(o =>
            {
                o.CertificationBodyPolicy = policy;
                o.Documents = new IsmsDocumentOptions { MaxDepth = 32 };
            })
            .Services.BuildServiceProvider();

        Assert.Same(policy, provider.GetRequiredService<CertificationLifecycle>().Policy);
        Assert.Equal(32, provider.GetRequiredService<IOptions<IsmsOptions>>().Value.Documents.MaxDepth);
        Assert.Same(AuditTimeTable.Iso27006, provider.GetRequiredService<AuditTimeCalculator>().Table);
    }

    [Fact]
    public void The_registered_serializer_writes_certification_records_with_the_registered_policy()
    {
        var policy = new CertificationBodyPolicy { CertificationBodyName = "Example CB", DaysToCloseMajors = 60, TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] };
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0)))
            .AddIsms(o => o.CertificationBodyPolicy = policy)
            .Services.BuildServiceProvider();
        var lifecycle = provider.GetRequiredService<CertificationLifecycle>();
        var application = new Isms.Certification.Applications.CertificationApplication("Acme", "Widgets", 10, [new Isms.Certification.Applications.ApplicationSite("HQ", ["All"])], "Everything");
        var record = lifecycle.Fire(lifecycle.Open(application), CertificationTriggers.AcceptApplication, new ApplicationReview(new LocalDate(2026, 1, 5), new PersonId("rita")), new PersonId("rita"));

        var serializer = provider.GetRequiredService<IsmsDocumentSerializer>();
        var read = serializer.Deserialize<CertificationRecordDocument>(serializer.Serialize(record));

        Assert.Equal(record, read.Record);
        Assert.Equal("Example CB", read.Policy.CertificationBodyName);
        Assert.Equal("Europe/Berlin", read.Policy.TimeZone.Id);
        Assert.Null(provider.GetRequiredService<IOptions<IsmsOptions>>().Value.Documents.CertificationBodyPolicy);
    }

    [Fact]
    public void Configurations_from_several_calls_apply_in_order()
    {
        var services = new ServiceCollection();
        services.AddIsms(o => o.Simulation = new SimulationOptions { Iterations = 1_000 });
        services.AddIsms(o => o.Simulation = o.Simulation with { Seed = 42 });
        using var provider = services.BuildServiceProvider();

        var simulation = provider.GetRequiredService<IOptions<IsmsOptions>>().Value.Simulation;
        Assert.Equal(1_000, simulation.Iterations);
        Assert.Equal(42UL, simulation.Seed);
    }

    [Fact]
    public void An_invalid_policy_fails_on_first_use_naming_the_option()
    {
        using var provider = new ServiceCollection()
            .AddIsms(o => o.CertificationBodyPolicy = new CertificationBodyPolicy { DaysToCloseMajors = 0 })
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CertificationLifecycle>());
        Assert.Contains("CertificationBodyPolicy", error.Message, StringComparison.Ordinal);
        Assert.Contains("DaysToCloseMajors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_simulation_iterations_fail_validation()
    {
        using var provider = new ServiceCollection()
            .AddIsms(o => o.Simulation = new SimulationOptions { Iterations = 0 })
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IsmsOptions>>().Value);
        Assert.Contains("Simulation.Iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_set_holds_Annex_A_and_the_added_catalogs()
    {
        var sector = Catalog("sector-framework");
        using var provider = new ServiceCollection().AddIsms().AddCatalog(sector).AddCatalog(sector).Services.BuildServiceProvider();

        var set = provider.GetRequiredService<ControlCatalogSet>();

        Assert.Same(sector, set["sector-framework"]);
        Assert.Equal(93, set[AnnexA.Iso27001_2022_Id].Controls.Length);
        Assert.Equal(ControlCatalogSet.Default.Catalogs.Length + 1, set.Catalogs.Length);
    }

    [Fact]
    public void Without_Annex_A_the_set_holds_only_the_added_catalogs()
    {
        using var provider = new ServiceCollection()
            .AddIsms(o => o.IncludeAnnexA = false)
            .AddCatalog(Catalog("only"))
            .Services.BuildServiceProvider();

        Assert.Equal(["only"], provider.GetRequiredService<ControlCatalogSet>().Catalogs.Select(c => c.Id));
    }

    [Fact]
    public void Two_different_catalogs_under_one_id_are_a_conflict_reported_with_its_code()
    {
        using var provider = new ServiceCollection().AddIsms()
            .AddCatalog(Catalog("dup")).AddCatalog(Catalog("dup"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<IsmsException>(() => provider.GetRequiredService<ControlCatalogSet>());
        Assert.Equal(CatalogErrorCodes.DuplicateCatalog, error.Code);
        Assert.Contains("dup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_provider_type_is_resolved_from_the_container_once()
    {
        using var provider = new ServiceCollection().AddIsms()
            .AddCatalogProvider<SectorCatalogProvider>().AddCatalogProvider<SectorCatalogProvider>()
            .Services.BuildServiceProvider();

        Assert.True(provider.GetRequiredService<ControlCatalogSet>().TryGet("provided", out _));
    }

    [Fact]
    public void Readiness_rules_run_after_the_built_in_rules_and_are_registered_once()
    {
        var instance = new RegulatorRule("instance rule");
        using var provider = new ServiceCollection().AddIsms()
            .AddReadinessRule<RegulatorRule>().AddReadinessRule<RegulatorRule>()
            .AddReadinessRule(instance).AddReadinessRule(instance)
            .Services.BuildServiceProvider();

        var rules = provider.GetRequiredService<ReadinessAnalyzer>().Rules;

        Assert.Equal(ReadinessAnalyzer.BuiltInRules, rules.Take(ReadinessAnalyzer.BuiltInRules.Length));
        Assert.Equal(
            ["Risk evaluation and acceptance", "Evidence of applicable controls", "Automated evidence accepted by a person", "Control tests on schedule", "Objectives measured as planned", "Planning of changes", "regulator rule", "instance rule"],
            rules.Skip(ReadinessAnalyzer.BuiltInRules.Length).Select(r => r.Name));
    }

    [Fact]
    public void The_document_directory_exists_only_with_AddFileStore()
    {
        using var provider = new ServiceCollection().AddIsms().Services.BuildServiceProvider();

        Assert.Null(provider.GetService<IsmsDocumentDirectory>());
    }

    [Fact]
    public void AddFileStore_gives_a_directory_that_saves_lists_and_loads_documents()
    {
        var folder = Path.Combine(Path.GetTempPath(), "isms-di-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var provider = new ServiceCollection().AddIsms().AddFileStore("ignored").AddFileStore(folder)
                .Services.BuildServiceProvider();
            var directory = provider.GetRequiredService<IsmsDocumentDirectory>();
            Assert.Equal(Path.GetFullPath(folder), directory.Root);
            Assert.Empty(directory.List());

            var catalog = Catalog("stored");
            var version = directory.Save("b.catalog.json", catalog, DocumentVersion.None);
            directory.Save("a.catalog.json", catalog, DocumentVersion.None);

            Assert.Equal(["a.catalog.json", "b.catalog.json"], directory.List());
            var loaded = directory.Load<ControlCatalog>("b.catalog.json");
            Assert.Equal(version, loaded.Version);
            Assert.Equal(catalog.Controls.Select(c => c.Id), loaded.Document.Controls.Select(c => c.Id));
            Assert.Same(provider.GetRequiredService<DocumentFileStore>(), directory.Store);
            var store = Assert.IsType<FolderDocumentStore>(provider.GetRequiredService<IIsmsDocumentStore>());
            Assert.Equal(Path.GetFullPath(folder), store.Root);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("sub/file.json")]
    [InlineData("..")]
    [InlineData(" ")]
    public void A_document_name_cannot_leave_the_folder(string name)
    {
        var directory = new IsmsDocumentDirectory(Path.GetTempPath(), new DocumentFileStore());

        Assert.ThrowsAny<ArgumentException>(() => directory.PathOf(name));
    }

    [Fact]
    public void AddFileStore_refuses_a_blank_path()
    {
        var builder = new ServiceCollection().AddIsms();

        Assert.ThrowsAny<ArgumentException>(() => builder.AddFileStore(" "));
    }

    private static ServiceProviderOptions Validate() => new() { ValidateOnBuild = true, ValidateScopes = true };

    private static ServiceDescriptor Descriptor(IServiceCollection services, Type type) => services.Single(d => d.ServiceType == type);

    private static ControlCatalog Catalog(string id) =>
        new(id, "Catalog " + id, "tests", [new CatalogControl(new ControlId("X.1"), "Organizational", "A control")]);

    private sealed class SectorCatalogProvider : IControlCatalogProvider
    {
        public IEnumerable<ControlCatalog> GetCatalogs() => [Catalog("provided")];
    }

    private sealed class RegulatorRule(string name) : IReadinessRule
    {
        public RegulatorRule()
            : this("regulator rule")
        {
        }

        public string Name { get; } = name;

        public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context) => [];
    }
}
