using System.Globalization;
using Isms.Core;
using Isms.Evidence.Collection;
using Isms.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Isms.Samples.IdpCollector;

/// <summary>
/// <c>idp-collector USERS.csv [--exported-on YYYY-MM-DD] [--location URI] [--applied-control ID]... [--isms ISMS.json]</c>:
/// reads an identity provider's user export and prints the evidence it proposes; with <c>--isms</c>, records the
/// proposal in that ISMS document, unaccepted (it counts for no control until a person accepts it). Exit 0 done, 2 bad
/// arguments or input (one line: the code and what is wrong).
/// </summary>
internal static class Program
{
    private const string Usage = "usage: idp-collector USERS.csv [--exported-on YYYY-MM-DD] [--location URI] [--applied-control ID]... [--isms ISMS.json]";

    /// <summary>Runs the program.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, SystemClock.Instance);

    /// <summary>Runs the program with its output, error and clock given (the tests run it in process).</summary>
    internal static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, IClock clock)
    {
        string? export = null, ismsPath = null;
        LocalDate? exportedOn = null;
        Uri? location = null;
        var applied = new List<AppliedControlId>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--exported-on":
                        var parsed = LocalDatePattern.Iso.Parse(Value());
                        exportedOn = parsed.Success ? parsed.Value : throw new ArgumentException($"--exported-on: '{args[i]}' is not a date YYYY-MM-DD");
                        break;
                    case "--location":
                        location = Uri.TryCreate(Value(), UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"--location: '{args[i]}' is not an absolute URI");
                        break;
                    case "--applied-control":
                        applied.Add(new AppliedControlId(Value()));
                        break;
                    case "--isms":
                        ismsPath = Value();
                        break;
                    case var a when a.StartsWith('-'):
                        throw new ArgumentException($"unknown option {a}");
                    case var a when export is null:
                        export = a;
                        break;
                    default:
                        throw new ArgumentException($"unexpected argument '{args[i]}'");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or IsmsException)
            {
                await error.WriteLineAsync($"idp-collector: {ex.Message}\n{Usage}").ConfigureAwait(false);
                return 2;
            }
        }

        if (export is null)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var collector = new IdpUserExportCollector(export, clock) { ExportedOn = exportedOn, ArtefactLocation = location, AppliedControls = [.. applied] };
        try
        {
            if (ismsPath is null)
            {
                await foreach (var proposal in collector.CollectAsync().ConfigureAwait(false))
                {
                    Print(proposal, output);
                }

                return 0;
            }

            var isms = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(await File.ReadAllBytesAsync(ismsPath).ConfigureAwait(false));
            var proposed = await EvidenceInbox.ProposeAsync(isms, collector).ConfigureAwait(false);
            var added = proposed.Evidence.Where(e => !isms.Evidence.Contains(e.Id)).ToList();
            foreach (var item in added)
            {
                Print(item.Title, item.Artefact, item.Period, item.ValidUntil, item.Controls, output);
                await output.WriteLineAsync($"Recorded as {item.Id} in {ismsPath}, not accepted: it counts for no control until a person accepts it.").ConfigureAwait(false);
            }

            if (added.Count == 0)
            {
                await output.WriteLineAsync($"{ismsPath} already holds this export (same SHA-256): nothing recorded.").ConfigureAwait(false);
                return 0;
            }

            // Written beside the document and moved over it, so a failure never leaves half a document.
            var temporary = ismsPath + ".tmp";
            await File.WriteAllBytesAsync(temporary, IsmsDocumentSerializer.Default.Serialize(proposed)).ConfigureAwait(false);
            File.Move(temporary, ismsPath, overwrite: true);
            return 0;
        }
        catch (IsmsException ex)
        {
            await error.WriteLineAsync($"idp-collector: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"idp-collector: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"idp-collector: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    private static void Print(EvidenceProposal proposal, TextWriter output)
    {
        Print(proposal.Title, proposal.Artefact, proposal.Period, proposal.ValidUntil, proposal.Controls, output);
        output.WriteLine(proposal.Description);
    }

    private static void Print(string title, Isms.Core.Monitoring.ArtefactReference artefact, Isms.Core.Monitoring.EvidencePeriod period, LocalDate? validUntil, IEnumerable<Isms.Core.Catalogs.ControlId> controls, TextWriter output)
    {
        output.WriteLine(title);
        output.WriteLine($"  Artefact:    {artefact.Location}");
        output.WriteLine($"  SHA-256:     {artefact.Sha256}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Covers:      {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}, valid until {validUntil:uuuu-MM-dd}"));
        output.WriteLine($"  Controls:    {string.Join(", ", controls)} (Annex A 2022)");
    }
}
