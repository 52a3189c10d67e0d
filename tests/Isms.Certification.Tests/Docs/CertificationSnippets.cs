using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using Isms.Core;
using NodaTime;

namespace Isms.Certification.Tests.Docs;

/// <summary>The code of docs/certification.md, compiled and run by <see cref="DocSnippetTests"/>.</summary>
internal static class CertificationSnippets
{
    public static (CertificationRecord Record, IReadOnlyList<Deadline> Deadlines, string Output) QuickStart(IClock clock)
    {
        using var writer = new StringWriter();
        TextWriter output = writer;
        #region quick-start
        var lifecycle = new CertificationLifecycle(clock, new CertificationBodyPolicy  // clock: SystemClock.Instance in production
        {
            CertificationBodyName = "Example Certification Ltd",
            DaysToCloseMajors = 90,                         // CB policy, documented defaults
        });

        var application = new CertificationApplication(
            "Northwind Software Ltd", "SaaS payroll platform", personsUnderControl: 180,
            [new ApplicationSite("Leeds head office", ["Development", "Operations"], isCentralFunction: true)],
            "The ISMS supporting the payroll platform");

        var grace = new PersonId("g.hopper");              // people are Isms.Core PersonIds
        var ada = new PersonId("a.lovelace");
        var record = lifecycle.Open(application);           // Applied
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication,
            new ApplicationReview(new LocalDate(2024, 1, 15), grace), grace);
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1,  // the payload's type is the trigger's
            new Stage1Report(new LocalDate(2024, 2, 6), new LocalDate(2024, 2, 7), ada, Stage1Outcome.Ready), ada);
        // ... CompleteStage2 (AuditReport), VerifyCorrections, Grant (CertificationDecision) ...

        foreach (var step in lifecycle.NextSteps(record))  // what can happen next, and why not (output: any TextWriter)
        {
            output.WriteLine($"{step.Trigger}: {(step.IsPermitted ? "yes" : string.Join("; ", step.UnmetGuards))}");
        }

        record = lifecycle.Advance(record);                // apply passed deadlines: missed surveillance suspends, ...
        var deadlines = lifecycle.Deadlines(record);       // due / overdue, standard or CB policy, consequence
        #endregion
        return (record, deadlines, writer.ToString());
    }

    public static CertificationException? ReadTheData(CertificationLifecycle lifecycle, CertificationRecord before, CertificationEvent stored)
    {
        #region read-the-data
        try
        {
            lifecycle.Replay(before, stored);
        }
        catch (CertificationException ex) when (ex.EventIndex is { } index)
        {
            // Decide from the data, never from the message: code, entity kind, member, value, and the event's index.
            Console.Error.WriteLine($"event {index}: {ex.Code} {ex.EntityKind}.{ex.Member} = '{ex.Value}'");
            return ex;
        }
        #endregion
        return null;
    }
}
