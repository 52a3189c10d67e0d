using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Catalogs;

namespace Isms.Core.Applicability;

/// <summary>
/// The Statement of Applicability over a control catalog (normally ISO/IEC 27001:2022 Annex A): at most one
/// <see cref="SoaDecision"/> per catalog control, in catalog order, and the approved <see cref="Version"/>.
/// Construction rejects a decision for a control not in the catalog, two decisions for one control, an excluded
/// control without justification and an applicable control with one. Controls without a decision are
/// <see cref="Undecided"/> (a readiness finding, not an error, so a draft SoA can be kept).
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class StatementOfApplicability
{
    private readonly ImmutableDictionary<ControlId, SoaDecision> _byControl;

    /// <summary>Creates a Statement of Applicability.</summary>
    /// <param name="catalog">The control catalog.</param>
    /// <param name="decisions">The decisions, at most one per catalog control.</param>
    /// <param name="version">The approved version; <see langword="null"/> for a draft.</param>
    /// <exception cref="IsmsException">A decision names a control not in the catalog (<c>ISMS-CORE-030</c>), a control
    /// is decided twice (<c>ISMS-CORE-031</c>), or an exclusion is missing or misplaced (<c>ISMS-CORE-032</c>).</exception>
    public StatementOfApplicability(ControlCatalog catalog, IEnumerable<SoaDecision> decisions, SoaVersion? version = null)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(decisions);
        var byControl = ImmutableDictionary.CreateBuilder<ControlId, SoaDecision>();
        foreach (var decision in decisions)
        {
            Guard.Against.Null(decision, nameof(decisions));
            if (!catalog.Contains(decision.Control))
            {
                throw Fault.Of(
                    IsmsErrorCodes.ControlNotInCatalog,
                    $"SoaDecision.Control '{decision.Control}' is not a control of catalog '{catalog.Id}'.",
                    nameof(SoaDecision),
                    decision.Control.Value,
                    nameof(SoaDecision.Control),
                    decision.Control.Value);
            }

            if (!byControl.TryAdd(decision.Control, decision))
            {
                throw Fault.Of(IsmsErrorCodes.DuplicateDecision, $"The SoA decides control '{decision.Control}' twice.", nameof(SoaDecision), decision.Control.Value, nameof(SoaDecision.Control), decision.Control.Value);
            }

            if (!decision.Applicable && decision.Exclusion is null)
            {
                throw Fault.Of(
                    IsmsErrorCodes.InvalidExclusion,
                    $"SoaDecision.Exclusion is required: control '{decision.Control}' is excluded without a reason and narrative.",
                    nameof(SoaDecision),
                    decision.Control.Value,
                    nameof(SoaDecision.Exclusion));
            }

            if (decision.Applicable && decision.Exclusion is not null)
            {
                throw Fault.Of(
                    IsmsErrorCodes.InvalidExclusion,
                    $"SoaDecision.Exclusion must be null: control '{decision.Control}' is applicable.",
                    nameof(SoaDecision),
                    decision.Control.Value,
                    nameof(SoaDecision.Exclusion));
            }
        }

        Catalog = catalog;
        Version = version;
        _byControl = byControl.ToImmutable();
        Decisions = [.. catalog.Controls.Where(c => _byControl.ContainsKey(c.Id)).Select(c => _byControl[c.Id])];
    }

    /// <summary>The catalog decided on.</summary>
    public ControlCatalog Catalog { get; }

    /// <summary>The decisions, in catalog order.</summary>
    public ImmutableArray<SoaDecision> Decisions { get; }

    /// <summary>The approved version, or <see langword="null"/> for a draft.</summary>
    public SoaVersion? Version { get; }

    /// <summary>True when an approved version is recorded.</summary>
    public bool IsApproved => Version is not null;

    /// <summary>The catalog controls without a decision, in catalog order.</summary>
    public IEnumerable<CatalogControl> Undecided => Catalog.Controls.Where(c => !_byControl.ContainsKey(c.Id));

    /// <summary>True when every catalog control has a decision.</summary>
    public bool IsComplete => _byControl.Count == Catalog.Controls.Length;

    /// <summary>The applicable decisions.</summary>
    public IEnumerable<SoaDecision> Applicable => Decisions.Where(d => d.Applicable);

    /// <summary>The excluded decisions.</summary>
    public IEnumerable<SoaDecision> Excluded => Decisions.Where(d => !d.Applicable);

    /// <summary>Creates a draft SoA with no decisions.</summary>
    /// <param name="catalog">The catalog.</param>
    public static StatementOfApplicability Draft(ControlCatalog catalog) => new(catalog, []);

    /// <summary>Finds the decision on a control.</summary>
    /// <param name="control">The catalog control.</param>
    /// <param name="decision">The decision, or <see langword="null"/>.</param>
    public bool TryGetDecision(ControlId control, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SoaDecision? decision) =>
        _byControl.TryGetValue(control, out decision);

    /// <summary>Returns an SoA with this decision added or replacing the decision on the same control.</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="IsmsException">The decision is invalid for this catalog.</exception>
    public StatementOfApplicability WithDecision(SoaDecision decision)
    {
        Guard.Against.Null(decision);
        return new(Catalog, Decisions.Where(d => d.Control != decision.Control).Append(decision), Version);
    }

    /// <summary>Returns an SoA without the decision on a control.</summary>
    /// <param name="control">The control.</param>
    public StatementOfApplicability WithoutDecision(ControlId control) =>
        new(Catalog, Decisions.Where(d => d.Control != control), Version);

    /// <summary>Returns this SoA approved as a new version.</summary>
    /// <param name="version">The version, approver and date.</param>
    public StatementOfApplicability WithVersion(SoaVersion? version) => new(Catalog, Decisions, version);

    /// <summary>The difference from an older version.</summary>
    /// <param name="older">The older version.</param>
    public SoaDiff DiffFrom(StatementOfApplicability older) => SoaDiff.Between(older, this);

    /// <summary>Describes the SoA, e.g. <c>SoA iso27001-2022-annex-a v3.0: 93/93 decided</c>.</summary>
    public override string ToString() =>
        $"SoA {Catalog.Id} {(Version is null ? "draft" : "v" + Version.Version)}: {Decisions.Length}/{Catalog.Controls.Length} decided";
}
