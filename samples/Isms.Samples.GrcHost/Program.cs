// isms-grc: how a GRC platform embeds Isms.Core without the CLI.
//   isms-grc [--store DIR] [--as-of YYYY-MM-DD] [--window DAYS] [--reseed]
// Services come from AddIsms (clock, certification lifecycle, serializer, file store); the organisations' documents
// live in a folder (IsmsDocumentDirectory); the daily job (DueListJob) lists what each organisation must do
// (Commands/DueListVerb.cs). A scheduler (cron, Kubernetes CronJob, Windows Task Scheduler) runs it once a day.
using Isms.Samples.GrcHost.Hosting;

return GrcApp.Run(args, new GrcContext(Console.Out, Console.Error));
