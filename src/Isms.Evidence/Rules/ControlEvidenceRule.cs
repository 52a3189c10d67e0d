using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Monitoring;
using Isms.Core.Readiness;
using NodaTime;

namespace Isms.Evidence.Rules;

/// <summary>
/// Evidence per applicable control (Annex A; clauses 7.5 and 9.1): a control without accepted, current evidence
/// (<c>RDY-EVD-001</c>); accepted evidence that expires before the certification body's next audit
/// (<c>RDY-EVD-002</c>, only when the next audit is known); days between two accepted items of a control that none
/// covers (<c>RDY-EVD-003</c>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class ControlEvidenceRule : IReadinessRule
{
    private readonly EvidenceOptions _options;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The next audit and the warning horizon; <see langword="null"/> for the defaults.</param>
    public ControlEvidenceRule(EvidenceOptions? options = null) => _options = options ?? EvidenceOptions.Default;

    /// <inheritdoc />
    public string Name => "Evidence of applicable controls";

    /// <inheritdoc />
    public IEnumerable<ReadinessFinding> Evaluate(ReadinessContext context)
    {
        Guard.Against.Null(context);
        var isms = context.Isms;
        var coverage = EvidenceCoverage.Of(isms, context.AsOf, _options);
        var expiring = new HashSet<EvidenceItemId>();
        foreach (var control in coverage.Controls)
        {
            if (control.Status == EvidenceStatus.NotApplicable)
            {
                continue;
            }

            var reference = Text.Control(control.Control);
            if (control.Status == EvidenceStatus.Missing)
            {
                var why = control.Evidence.IsEmpty
                    ? "no evidence item supports it"
                    : $"none of its {control.Evidence.Length} evidence item(s) ({string.Join(", ", control.Evidence)}) is accepted and valid on {Text.Date(context.AsOf)}";
                yield return new ReadinessFinding(
                    EvidenceReadinessCodes.ControlWithoutCurrentEvidence,
                    ReadinessSeverity.Minor,
                    ReadinessSection.AnnexA,
                    reference,
                    $"Control {control.Control} is applicable but {why}: an auditor has nothing to verify its operation against. Collect evidence covering the audited period and have a person accept it.",
                    [EntityReference.To(control.Control), .. control.Evidence.Select(EntityReference.To)]);
            }

            if (_options.NextAudit is { } audit)
            {
                foreach (var id in control.Current)
                {
                    var item = isms.Evidence[id];
                    if (item.ValidUntil is { } until && until < audit.Date && expiring.Add(id))
                    {
                        yield return new ReadinessFinding(
                            EvidenceReadinessCodes.EvidenceExpiresBeforeAudit,
                            ReadinessSeverity.Major,
                            ReadinessSection.AnnexA,
                            reference,
                            $"Evidence {id} ('{item.Title}') for control {control.Control} is valid until {Text.Date(until)}, before the {audit.Description}: renew it before the audit.",
                            [EntityReference.To(id), EntityReference.To(control.Control)]);
                    }
                }
            }

            foreach (var finding in Gaps(isms, control, context.AsOf))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Uncovered days between the accepted items of one control (up to the date of the analysis).</summary>
    private static IEnumerable<ReadinessFinding> Gaps(InformationSecurityManagementSystem isms, ControlCoverage control, LocalDate asOf)
    {
        var periods = control.Evidence
            .Select(id => isms.Evidence[id])
            .Where(e => e.IsAccepted && e.Period.Start <= asOf)
            .OrderBy(e => e.Period.Start)
            .ThenBy(e => e.Period.End)
            .ToList();
        if (periods.Count < 2)
        {
            yield break;
        }

        var coveredTo = periods[0].Period.End;
        var last = periods[0];
        for (var i = 1; i < periods.Count; i++)
        {
            var next = periods[i];
            if (next.Period.Start > coveredTo.PlusDays(1))
            {
                var from = coveredTo.PlusDays(1);
                var to = next.Period.Start.PlusDays(-1);
                yield return new ReadinessFinding(
                    EvidenceReadinessCodes.EvidenceGap,
                    ReadinessSeverity.Minor,
                    ReadinessSection.AnnexA,
                    Text.Control(control.Control),
                    $"No accepted evidence of control {control.Control} covers {Text.Date(from)} to {Text.Date(to)}: between {last.Id} (ending {Text.Date(last.Period.End)}) and {next.Id} (starting {Text.Date(next.Period.Start)}). The auditor will ask how the control operated then.",
                    [EntityReference.To(control.Control), EntityReference.To(last.Id), EntityReference.To(next.Id)]);
            }

            if (next.Period.End > coveredTo)
            {
                coveredTo = next.Period.End;
                last = next;
            }
        }
    }
}
