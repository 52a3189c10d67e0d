using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.Readiness;

namespace Isms.Risk.Scoring;

/// <summary>
/// One risk rule: its code, its one severity and its clause. Every finding the risk rules report is made here, so a
/// code has the same severity and clause in <c>isms risks</c>, in the readiness analysis and in docs/risk.md (a test
/// compares the table there with <see cref="All"/>).
/// </summary>
/// <remarks>The rules are built on each use rather than held in static fields: they are small and findings are few,
/// and a table built once per process is one that mutation testing cannot check (a mutant active when it is built
/// would stay in it for every later test).</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record RiskFindingRule(string Code, ReadinessSeverity Severity, ReadinessSection Section, string Reference)
{
    public static RiskFindingRule ResidualAboveCurrent => new(RiskFindingCodes.ResidualAboveCurrent, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.2 d");
    public static RiskFindingRule CurrentAboveInherent => new(RiskFindingCodes.CurrentAboveInherent, ReadinessSeverity.Info, ReadinessSection.Planning, "6.1.2 d");
    public static RiskFindingRule ResidualLoweredWithoutControl => new(RiskFindingCodes.ResidualLoweredWithoutControl, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.3 b");
    public static RiskFindingRule AcceptanceExpired => new(RiskFindingCodes.AcceptanceExpired, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f");
    public static RiskFindingRule AcceptanceWithoutExpiry => new(RiskFindingCodes.AcceptanceWithoutExpiry, ReadinessSeverity.Info, ReadinessSection.Planning, "6.1.3 f");
    public static RiskFindingRule AcceptanceNotByOwner => new(RiskFindingCodes.AcceptanceNotByOwner, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f");
    public static RiskFindingRule AcceptanceDoesNotMatch => new(RiskFindingCodes.AcceptanceDoesNotMatch, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f");
    public static RiskFindingRule AvoidedRiskHasResidual => new(RiskFindingCodes.AvoidedRiskHasResidual, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.3 a");
    public static RiskFindingRule ResidualAboveAppetiteNotAccepted => new(RiskFindingCodes.ResidualAboveAppetiteNotAccepted, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f");
    public static RiskFindingRule AcceptanceNotYetValid => new(RiskFindingCodes.AcceptanceNotYetValid, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.3 f");
    public static RiskFindingRule ConsequenceDisagreesWithCriteria => new(RiskFindingCodes.ConsequenceDisagreesWithCriteria, ReadinessSeverity.Minor, ReadinessSection.Planning, "6.1.2 b");
    public static RiskFindingRule ResidualCapped => new(RiskFindingCodes.ResidualCapped, ReadinessSeverity.Info, ReadinessSection.Planning, "6.1.2 d");
    public static RiskFindingRule RetainedWithPlannedControls => new(RiskFindingCodes.RetainedWithPlannedControls, ReadinessSeverity.Info, ReadinessSection.Planning, "6.1.3 a");

    /// <summary>The codes of errors that prevent scoring a risk, reported as findings by register operations.</summary>
    public static ImmutableArray<string> NotScorableCodes =>
    [
        IsmsErrorCodes.AssessmentOutsideScale,
        IsmsErrorCodes.DanglingReference,
        IsmsErrorCodes.OutOfRange,
        RiskErrorCodes.UnknownConsequenceCriterion,
        RiskErrorCodes.IncompleteAssessment,
    ];

    /// <summary>Every finding rule with an <c>ISMS-RISK-1nn</c> code, in code order.</summary>
    public static ImmutableArray<RiskFindingRule> All =>
    [
        ResidualAboveCurrent, CurrentAboveInherent, ResidualLoweredWithoutControl, AcceptanceExpired, AcceptanceWithoutExpiry,
        AcceptanceNotByOwner, AcceptanceDoesNotMatch, AvoidedRiskHasResidual, ResidualAboveAppetiteNotAccepted,
        AcceptanceNotYetValid, ConsequenceDisagreesWithCriteria, ResidualCapped, RetainedWithPlannedControls,
    ];

    /// <summary>The rule of a risk that cannot be scored, under the code of the error that prevents it.</summary>
    /// <param name="code">The error's code (one of <see cref="NotScorableCodes"/>).</param>
    public static RiskFindingRule NotScorable(string code) => new(code, ReadinessSeverity.Major, ReadinessSection.Planning, "6.1.2 d");

    /// <summary>A finding of this rule.</summary>
    public RiskFinding Finding(RiskId risk, string message, EntityReference? related = null) =>
        new(Code, risk, Severity, Section, Reference, message) { Related = related };
}
