// isms-grc: how a GRC platform embeds Isms.Core without the CLI.
//   isms-grc [--store DIR] [--as-of YYYY-MM-DD] [--window DAYS] [--reseed]
// Services come from AddIsms (clock, certification lifecycle, serializer, file store); the organisations' documents
// live in a folder (IsmsDocumentDirectory); the daily job (DueListJob) lists what each organisation must do.
// A scheduler (cron, Kubernetes CronJob, Windows Task Scheduler) runs it once a day.
using Isms.Certification.Lifecycle;
using Isms.Samples.GrcHost;
using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.SampleData;
using Isms.Samples.GrcHost.Tenants;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

try
{
    var arguments = GrcArguments.Parse(args);
    using var provider = GrcServices.Build(arguments.Store, arguments.Window);

    var store = provider.GetRequiredService<TenantStore>();
    if (arguments.Reseed || !store.Keys().Any())
    {
        foreach (var organisation in SampleTenants.Create(provider.GetRequiredService<CertificationLifecycle>()))
        {
            store.Save(organisation);
        }

        Console.WriteLine($"Seeded {store.Directory.Root} with {store.Keys().Count()} organisations.");
    }

    var asOf = arguments.AsOf ?? provider.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date;
    var lists = provider.GetRequiredService<DueListJob>().Run(asOf);
    DueListPrinter.Write(lists, Console.Out);
    return 0;
}
catch (GrcUsageException ex)
{
    Console.Error.WriteLine($"isms-grc: {ex.Message}");
    return 2;
}
