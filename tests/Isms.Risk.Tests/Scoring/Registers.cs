using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Risk.Tests.Scoring;

/// <summary>Small registers for the register-level tests.</summary>
internal static class Registers
{
    public static readonly LocalDate Today = new(2026, 11, 28);
    public static readonly PersonId Alice = new("alice");
    public static readonly PersonId Bob = new("bob");

    public static RiskAssessment A(int l, int c) => new(new LikelihoodLevel(l), new ConsequenceLevel(c), Today.PlusMonths(-1));

    public static RiskScenario Scenario(string id, int l = 4, int c = 4) => new()
    {
        Id = new RiskId(id),
        Title = "Risk " + id,
        Owner = Alice,
        Assets = [new AssetId("A1")],
        Threat = "Threat",
        Vulnerability = "Vulnerability",
        Inherent = A(l, c),
        Treatment = TreatmentOption.Modify,
        IdentifiedOn = Today.PlusMonths(-6),
    };

    public static AppliedControl Control(string id, int likelihood = 1, int consequence = 0, ControlStatus status = ControlStatus.Implemented, double? effectiveness = null) => new()
    {
        Id = new AppliedControlId(id),
        Name = "Control " + id,
        Owner = Bob,
        Status = status,
        Effect = new ControlEffect(likelihood, consequence),
        Effectiveness = effectiveness is { } e ? new Percentage(e) : null,
        Implements = [new ControlId("8.7")],
    };

    public static RiskAcceptance Acceptance(RiskAssessment accepted, PersonId? by = null, LocalDate? expires = null, LocalDate? on = null) => new()
    {
        AcceptedBy = by ?? Alice,
        AcceptedOn = on ?? Today.PlusMonths(-2),
        Rationale = "Cost of treatment exceeds the expected loss.",
        ExpiresOn = expires,
        AcceptedAssessment = accepted,
    };
}
