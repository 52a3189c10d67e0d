using Isms.Certification.Lifecycle;
using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Hosting;
using Isms.Samples.GrcHost.SampleData;
using Isms.Samples.GrcHost.Tenants;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Samples.GrcHost.Commands;

/// <summary>
/// The bare <c>isms-grc</c> command: builds the services (AddIsms and the folder store), seeds the three sample
/// organisations into an empty store (or with <c>--reseed</c>), and prints what each organisation must do as of the day.
/// </summary>
internal sealed class DueListVerb : GrcVerb
{
    /// <summary>The bare command has no verb name.</summary>
    public override string Name => string.Empty;

    public override string Summary => "Print what each organisation in the store must do (overdue, or due within the window)";

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Path("--store", "DIR", "The folder of the organisations' documents (default grc-store)"),
        CliOptions.AsOf("The day to evaluate (default: today, UTC)"),
        CliOptions.WholeNumber("--window", "DAYS", "How far ahead 'due soon' reaches, 0 to 366 days (default 30)", min: 0, max: 366),
        CliOptions.Flag("--reseed", "(Re)write the three sample organisations into the store first"),
    ];

    public override int Run(ParsedArguments args, GrcContext context)
    {
        using var provider = GrcServices.Build(args.Get("store", "grc-store")!, Period.FromDays(args.GetInt("window", 30)), context.Configure);
        var store = provider.GetRequiredService<OrganisationStore>();
        if (args.Has("reseed") || store.KeysAsync().GetAwaiter().GetResult().Count == 0)
        {
            foreach (var organisation in SampleTenants.Create(provider.GetRequiredService<CertificationLifecycle>()))
            {
                store.SaveAsync(organisation).GetAwaiter().GetResult();
            }

            context.Out.WriteLine($"Seeded {Path.GetFullPath(args.Get("store", "grc-store")!)} with {store.KeysAsync().GetAwaiter().GetResult().Count} organisations.");
        }

        var asOf = args.AsOf(provider.GetRequiredService<IClock>());
        var lists = provider.GetRequiredService<DueListJob>().Run(asOf);
        DueListPrinter.Write(lists, context.Out);
        return ExitCodes.Success;
    }
}
