using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// The evidence coverage of an ISMS as of a date: per control of the Statement of Applicability's catalog (Annex A
/// 2022 when there is no SoA) and per theme. Only evidence a person accepted counts; an item is current when its period
/// has started and it has not expired (<see cref="EvidenceItem.ValidUntil"/>); a control is expiring when all its
/// current evidence expires before the next audit (<see cref="EvidenceOptions.Horizon"/>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record EvidenceCoverage
{
    /// <summary>The date of the analysis.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The certification body's next audit, when a certification record was given.</summary>
    public UpcomingAudit? NextAudit { get; init; }

    /// <summary>Each control of the catalog, in catalog order.</summary>
    public required ImmutableArray<ControlCoverage> Controls { get; init; }

    /// <summary>Each theme, in catalog order.</summary>
    public required ImmutableArray<ThemeCoverage> Themes { get; init; }

    /// <summary>Analyses <paramref name="isms"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="options">The next audit and the warning horizon; <see langword="null"/> for the defaults.</param>
    public static EvidenceCoverage Of(InformationSecurityManagementSystem isms, LocalDate asOf, EvidenceOptions? options = null)
    {
        Guard.Against.Null(isms);
        options ??= EvidenceOptions.Default;
        var horizon = options.Horizon(asOf);
        var catalog = isms.StatementOfApplicability?.Catalog ?? AnnexA.Iso27001_2022;
        var supporting = Supporting(isms);
        var controls = ImmutableArray.CreateBuilder<ControlCoverage>(catalog.Controls.Length);
        foreach (var control in catalog.Controls)
        {
            var items = supporting.TryGetValue(control.Id, out var list) ? list : [];
            var current = items.Where(e => IsCurrent(e, asOf)).ToList();
            var applicable = isms.StatementOfApplicability is not { } soa || !soa.TryGetDecision(control.Id, out var decision) || decision.Applicable;
            LocalDate? until = current.Count == 0 || current.Any(e => e.ValidUntil is null) ? null : current.Max(e => e.ValidUntil!.Value);
            var status = !applicable ? EvidenceStatus.NotApplicable
                : current.Count == 0 ? EvidenceStatus.Missing
                : until is { } u && u < horizon ? EvidenceStatus.Expiring
                : EvidenceStatus.Current;
            controls.Add(new ControlCoverage
            {
                Control = control.Id,
                Theme = control.Theme,
                Status = status,
                Evidence = [.. items.Select(e => e.Id)],
                Current = [.. current.Select(e => e.Id)],
                CurrentUntil = until,
            });
        }

        var themes = controls
            .GroupBy(c => c.Theme, StringComparer.Ordinal)
            .Select(g => new ThemeCoverage(
                g.Key,
                g.Count(c => c.Status == EvidenceStatus.Current),
                g.Count(c => c.Status == EvidenceStatus.Expiring),
                g.Count(c => c.Status == EvidenceStatus.Missing),
                g.Count(c => c.Status == EvidenceStatus.NotApplicable)))
            .ToImmutableArray();
        return new EvidenceCoverage { AsOf = asOf, NextAudit = options.NextAudit, Controls = controls.MoveToImmutable(), Themes = themes };
    }

    /// <summary>True when a person accepted <paramref name="item"/>, its period has started and it has not expired on <paramref name="date"/>.</summary>
    /// <param name="item">The evidence item.</param>
    /// <param name="date">The date.</param>
    public static bool IsCurrent(EvidenceItem item, LocalDate date)
    {
        Guard.Against.Null(item);
        return item.IsAccepted && item.Period.Start <= date && !item.IsExpiredOn(date);
    }

    /// <summary>The evidence supporting each catalog control: named directly, or through an applied control that implements it.</summary>
    internal static Dictionary<ControlId, List<EvidenceItem>> Supporting(InformationSecurityManagementSystem isms)
    {
        var result = new Dictionary<ControlId, List<EvidenceItem>>();
        foreach (var item in isms.Evidence)
        {
            var controls = new HashSet<ControlId>(item.Controls);
            foreach (var applied in item.AppliedControls)
            {
                if (isms.AppliedControls.TryGet(applied, out var control))
                {
                    controls.UnionWith(control.Implements);
                }
            }

            foreach (var control in controls)
            {
                if (!result.TryGetValue(control, out var list))
                {
                    result[control] = list = [];
                }

                list.Add(item);
            }
        }

        return result;
    }
}
