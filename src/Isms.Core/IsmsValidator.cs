using System.Globalization;
using Isms.Core.RiskManagement;

namespace Isms.Core;

/// <summary>
/// Validates the cross-references and whole-ISMS rules of an <see cref="InformationSecurityManagementSystem"/> and
/// reports every violation at once, in document order (the order of the parts in the <c>isms</c> document, then of
/// the entities in each part, then of their members).
/// </summary>
/// <remarks>
/// Linear in the size of the ISMS: every reference is one dictionary lookup in the target register, every entity is
/// visited once, and an error's text and location are formatted only when the rule is broken.
/// </remarks>
internal sealed class IsmsValidator
{
    private readonly InformationSecurityManagementSystem _isms;
    private List<IsmsError>? _errors;

    private IsmsValidator(InformationSecurityManagementSystem isms) => _isms = isms;

    /// <summary>Validates <paramref name="isms"/>; throws one <see cref="IsmsException"/> listing every violation.</summary>
    /// <exception cref="IsmsException">At least one rule is broken (<see cref="IsmsException.Errors"/> lists each).</exception>
    public static void Validate(InformationSecurityManagementSystem isms)
    {
        var errors = Violations(isms);
        if (errors.Count == 1)
        {
            throw new IsmsException(errors[0]);
        }

        if (errors.Count > 1)
        {
            throw new IsmsException(errors, Summary(errors));
        }
    }

    /// <summary>Every violation of <paramref name="isms"/>, in document order; empty when it breaks no rule.</summary>
    public static IReadOnlyList<IsmsError> Violations(InformationSecurityManagementSystem isms)
    {
        var validator = new IsmsValidator(isms);
        validator.Run();
        return validator._errors ?? (IReadOnlyList<IsmsError>)[];
    }

    /// <summary>The message of an exception with several errors: how many, then each on its own.</summary>
    internal static string Summary(IReadOnlyList<IsmsError> errors) =>
        string.Create(CultureInfo.InvariantCulture, $"The ISMS breaks {errors.Count} rules: ")
        + string.Join(" ", errors.Select(e => e.Message));

    private void Run()
    {
        var isms = _isms;

        // Context and scope.
        foreach (var requirement in isms.Context.Requirements)
        {
            if (!isms.Context.InterestedParties.Contains(requirement.Party))
            {
                Dangling("Requirement", requirement.Id.Value, "Party", -1, requirement.Party.Value, "interested party");
            }
        }

        if (isms.Scope is { } scope)
        {
            for (var i = 0; i < scope.Sites.Length; i++)
            {
                if (!isms.Profile.Sites.Contains(scope.Sites[i]))
                {
                    Dangling("IsmsScope", null, "Sites", i, scope.Sites[i].Value, "site of the organisation profile");
                }
            }
        }

        // Leadership.
        if (isms.Policy is { } policy)
        {
            Document(policy.Document, "InformationSecurityPolicy", null, "Document");
            Person(policy.ApprovedBy, "InformationSecurityPolicy", null, "ApprovedBy");
        }

        foreach (var person in isms.People)
        {
            for (var i = 0; i < person.Roles.Length; i++)
            {
                if (!isms.Roles.Contains(person.Roles[i]))
                {
                    Dangling("Person", person.Id.Value, "Roles", i, person.Roles[i].Value, "role");
                }
            }
        }

        // Assets.
        foreach (var asset in isms.Assets)
        {
            const string kind = "Asset";
            var id = asset.Id.Value;
            Person(asset.Owner, kind, id, "Owner");
            if (asset.Site is { } site && !isms.Profile.Sites.Contains(site))
            {
                Dangling(kind, id, "Site", -1, site.Value, "site");
            }

            for (var i = 0; i < asset.DependsOn.Length; i++)
            {
                var dependency = asset.DependsOn[i];
                if (dependency == asset.Id)
                {
                    Add(IsmsErrorCodes.SelfReference, $"Asset '{id}': DependsOn lists the asset itself.", kind, id, Indexed("DependsOn", i), dependency.Value);
                }
                else if (!isms.Assets.Contains(dependency))
                {
                    Dangling(kind, id, "DependsOn", i, dependency.Value, "asset");
                }
            }
        }

        // Risks.
        foreach (var risk in isms.Risks)
        {
            const string kind = "RiskScenario";
            var id = risk.Id.Value;
            Person(risk.Owner, kind, id, "Owner");
            for (var i = 0; i < risk.Assets.Length; i++)
            {
                if (!isms.Assets.Contains(risk.Assets[i]))
                {
                    Dangling(kind, id, "Assets", i, risk.Assets[i].Value, "asset");
                }
            }

            Assessment(risk.Inherent, kind, id, "Inherent");
            Assessment(risk.Current, kind, id, "Current");
            Assessment(risk.Residual, kind, id, "Residual");
            Controls(risk.PlannedControls, kind, id, "PlannedControls");
            Controls(risk.AppliedControls, kind, id, "AppliedControls");
            if (risk.Acceptance is { } acceptance)
            {
                Person(acceptance.AcceptedBy, kind, id, "Acceptance.AcceptedBy");
                DateOrder(acceptance.AcceptedOn, acceptance.ExpiresOn, kind, id, "Acceptance.AcceptedOn", "Acceptance.ExpiresOn");
                Assessment(acceptance.AcceptedAssessment, kind, id, "Acceptance.AcceptedAssessment");
            }
        }

        // Applied controls.
        foreach (var control in isms.AppliedControls)
        {
            const string kind = "AppliedControl";
            var id = control.Id.Value;
            Person(control.Owner, kind, id, "Owner");
            for (var i = 0; i < control.Evidence.Length; i++)
            {
                Document(control.Evidence[i].Document, kind, id, "Evidence", i, ".Document");
            }
        }

        // Statement of Applicability.
        if (isms.StatementOfApplicability is { } soa)
        {
            foreach (var decision in soa.Decisions)
            {
                const string kind = "SoaDecision";
                var id = decision.Control.Value;
                for (var i = 0; i < decision.Risks.Length; i++)
                {
                    if (!isms.Risks.Contains(decision.Risks[i]))
                    {
                        Dangling(kind, id, "Risks", i, decision.Risks[i].Value, "risk");
                    }
                }

                for (var i = 0; i < decision.Requirements.Length; i++)
                {
                    if (!isms.Context.Requirements.Contains(decision.Requirements[i]))
                    {
                        Dangling(kind, id, "Requirements", i, decision.Requirements[i].Value, "requirement");
                    }
                }

                Controls(decision.AppliedControls, kind, id, "AppliedControls");
                for (var i = 0; i < decision.Evidence.Length; i++)
                {
                    Document(decision.Evidence[i].Document, kind, id, "Evidence", i, ".Document");
                }
            }

            Person(soa.Version?.ApprovedBy, "StatementOfApplicability", null, "Version.ApprovedBy");
        }

        // Risk treatment plan.
        foreach (var action in isms.TreatmentPlan.Actions)
        {
            const string kind = "TreatmentAction";
            var id = action.Id.Value;
            Person(action.Owner, kind, id, "Owner");
            for (var i = 0; i < action.Risks.Length; i++)
            {
                if (!isms.Risks.Contains(action.Risks[i]))
                {
                    Dangling(kind, id, "Risks", i, action.Risks[i].Value, "risk");
                }
            }

            Controls(action.Controls, kind, id, "Controls");
        }

        Person(isms.TreatmentPlan.ApprovedBy, "RiskTreatmentPlan", null, "ApprovedBy");
        Document(isms.TreatmentPlan.Document, "RiskTreatmentPlan", null, "Document");

        // Objectives, competence, awareness, documents.
        foreach (var objective in isms.Objectives)
        {
            Person(objective.Owner, "InformationSecurityObjective", objective.Id.Value, "Owner");
        }

        foreach (var record in isms.CompetenceRecords)
        {
            const string kind = "CompetenceRecord";
            var id = record.Id.Value;
            Person(record.Person, kind, id, "Person");
            if (record.Role is { } role && !isms.Roles.Contains(role))
            {
                Dangling(kind, id, "Role", -1, role.Value, "role");
            }
        }

        foreach (var record in isms.AwarenessRecords)
        {
            Person(record.Person, "AwarenessRecord", record.Id.Value, "Person");
        }

        foreach (var document in isms.Documents)
        {
            const string kind = "DocumentedInformation";
            var id = document.Id.Value;
            Person(document.Owner, kind, id, "Owner");
            Person(document.ApprovedBy, kind, id, "ApprovedBy");
        }

        // Performance evaluation.
        foreach (var measurement in isms.Measurements)
        {
            const string kind = "MeasurementResult";
            var id = measurement.Id.Value;
            Person(measurement.MeasuredBy, kind, id, "MeasuredBy");
            if (measurement.Objective is { } objective && !isms.Objectives.Contains(objective))
            {
                Dangling(kind, id, "Objective", -1, objective.Value, "objective");
            }

            if (measurement.Control is { } control && !isms.AppliedControls.Contains(control))
            {
                Dangling(kind, id, "Control", -1, control.Value, "applied control");
            }

            if (measurement.Activity is { } activity && !isms.MonitoringActivities.Contains(activity))
            {
                Dangling(kind, id, "Activity", -1, activity.Value, "monitoring activity");
            }

            Person(measurement.EvaluatedBy, kind, id, "EvaluatedBy");
        }

        if (isms.AuditProgramme is { } programme)
        {
            const string kind = "AuditProgramme";
            Person(programme.Owner, kind, null, "Owner");
            DateOrder(programme.PeriodStart, programme.PeriodEnd, kind, null, "PeriodStart", "PeriodEnd");
            Document(programme.Document, kind, null, "Document");
            Person(programme.ApprovedBy, kind, null, "ApprovedBy");
        }

        var findings = new Dictionary<FindingId, AuditId>();
        foreach (var audit in isms.Audits)
        {
            const string kind = "InternalAudit";
            var id = audit.Id.Value;
            Person(audit.LeadAuditor, kind, id, "LeadAuditor");
            People(audit.Auditors, kind, id, "Auditors");
            People(audit.Auditees, kind, id, "Auditees");
            for (var i = 0; i < audit.Sites.Length; i++)
            {
                if (!isms.Profile.Sites.Contains(audit.Sites[i]))
                {
                    Dangling(kind, id, "Sites", i, audit.Sites[i].Value, "site");
                }
            }

            for (var i = 0; i < audit.Findings.Length; i++)
            {
                var finding = audit.Findings[i];
                if (!findings.TryAdd(finding.Id, audit.Id))
                {
                    Add(
                        IsmsErrorCodes.DuplicateId,
                        $"InternalAudit '{id}': finding id '{finding.Id}' is already used by audit '{findings[finding.Id]}'.",
                        kind,
                        id,
                        Indexed("Findings", i) + ".Id",
                        finding.Id.Value);
                }

                if (finding.Nonconformity is { } nc && !isms.Nonconformities.Contains(nc))
                {
                    Dangling(kind, id, "Findings", i, nc.Value, "nonconformity", ".Nonconformity");
                }
            }

            Document(audit.Report, kind, id, "Report");
        }

        foreach (var review in isms.ManagementReviews)
        {
            const string kind = "ManagementReview";
            var id = review.Id.Value;
            Person(review.Chair, kind, id, "Chair");
            People(review.Attendees, kind, id, "Attendees");
            Document(review.Minutes, kind, id, "Minutes");
        }

        // Improvement.
        var actions = new HashSet<CorrectiveActionId>();
        foreach (var nonconformity in isms.Nonconformities)
        {
            const string kind = "Nonconformity";
            var id = nonconformity.Id.Value;
            if (nonconformity.Finding is { } finding && !findings.ContainsKey(finding))
            {
                Dangling(kind, id, "Finding", -1, finding.Value, "audit finding");
            }

            Person(nonconformity.Owner, kind, id, "Owner");
            for (var i = 0; i < nonconformity.CorrectiveActions.Length; i++)
            {
                var action = nonconformity.CorrectiveActions[i];
                if (!actions.Add(action.Id))
                {
                    Add(
                        IsmsErrorCodes.DuplicateId,
                        $"Nonconformity '{id}': corrective action id '{action.Id}' is used twice in the ISMS.",
                        kind,
                        id,
                        Indexed("CorrectiveActions", i) + ".Id",
                        action.Id.Value);
                }

                Person(action.Owner, kind, id, "CorrectiveActions", i, ".Owner");
            }

            if (nonconformity.Verification is { } verification)
            {
                Person(verification.VerifiedBy, kind, id, "Verification.VerifiedBy");
            }

            if (nonconformity.ClosedOn is { } closedOn && !nonconformity.IsVerifiedEffective)
            {
                Add(
                    IsmsErrorCodes.ClosedWithoutVerification,
                    $"Nonconformity '{id}': ClosedOn is set but the effectiveness of its corrective actions was not verified (Verification).",
                    kind,
                    id,
                    "ClosedOn",
                    closedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        // Evidence, control tests, monitoring (clauses 7.5, 8.1, 9.1) and planned changes (clause 6.3).
        foreach (var item in isms.Evidence)
        {
            const string kind = "EvidenceItem";
            var id = item.Id.Value;
            Person(item.CollectedBy.Person, kind, id, "CollectedBy.Person");
            Controls(item.AppliedControls, kind, id, "AppliedControls");
            for (var i = 0; i < item.Requirements.Length; i++)
            {
                if (!isms.Context.Requirements.Contains(item.Requirements[i]))
                {
                    Dangling(kind, id, "Requirements", i, item.Requirements[i].Value, "requirement");
                }
            }

            Objectives(item.Objectives, kind, id, "Objectives");
            DateOrder(item.Period.Start, item.ValidUntil, kind, id, "Period.Start", "ValidUntil");
            if (item.Acceptance is { } acceptance)
            {
                Person(acceptance.AcceptedBy, kind, id, "Acceptance.AcceptedBy");
                DateOrder(item.Period.Start, acceptance.AcceptedOn, kind, id, "Period.Start", "Acceptance.AcceptedOn");
            }
        }

        foreach (var test in isms.ControlTests)
        {
            const string kind = "ControlTest";
            var id = test.Id.Value;
            Person(test.Owner, kind, id, "Owner");
            Controls(test.AppliedControls, kind, id, "AppliedControls");
            for (var i = 0; i < test.Results.Length; i++)
            {
                var result = test.Results[i];
                Person(result.Tester, kind, id, "Results", i, ".Tester");
                for (var j = 0; j < result.Evidence.Length; j++)
                {
                    if (!isms.Evidence.Contains(result.Evidence[j]))
                    {
                        Dangling(kind, id, Indexed("Results", i) + ".Evidence", j, result.Evidence[j].Value, "evidence item");
                    }
                }
            }
        }

        foreach (var activity in isms.MonitoringActivities)
        {
            const string kind = "MonitoringActivity";
            var id = activity.Id.Value;
            Person(activity.MeasuredBy, kind, id, "MeasuredBy");
            Person(activity.EvaluatedBy, kind, id, "EvaluatedBy");
            Objectives(activity.Objectives, kind, id, "Objectives");
            Controls(activity.AppliedControls, kind, id, "AppliedControls");
        }

        foreach (var change in isms.PlannedChanges)
        {
            const string kind = "PlannedChange";
            var id = change.Id.Value;
            Person(change.Responsible, kind, id, "Responsible");
            Person(change.ApprovedBy, kind, id, "ApprovedBy");
            if (change.ApprovedOn is { } approvedOn)
            {
                DateOrder(approvedOn, change.CompletedOn, kind, id, "ApprovedOn", "CompletedOn");
            }
        }
    }

    private void Objectives(System.Collections.Immutable.ImmutableArray<ObjectiveId> ids, string kind, string entityId, string member)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (!_isms.Objectives.Contains(ids[i]))
            {
                Dangling(kind, entityId, member, i, ids[i].Value, "objective");
            }
        }
    }

    private void Person(PersonId? id, string kind, string? entityId, string member, int index = -1, string? after = null)
    {
        if (id is { } p && !_isms.People.Contains(p))
        {
            Dangling(kind, entityId, member, index, p.Value, "person", after);
        }
    }

    private void People(System.Collections.Immutable.ImmutableArray<PersonId> ids, string kind, string entityId, string member)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            Person(ids[i], kind, entityId, member, i);
        }
    }

    private void Document(DocumentId? id, string kind, string? entityId, string member, int index = -1, string? after = null)
    {
        if (id is { } d && !_isms.Documents.Contains(d))
        {
            Dangling(kind, entityId, member, index, d.Value, "document", after);
        }
    }

    private void Controls(System.Collections.Immutable.ImmutableArray<AppliedControlId> ids, string kind, string entityId, string member)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (!_isms.AppliedControls.Contains(ids[i]))
            {
                Dangling(kind, entityId, member, i, ids[i].Value, "applied control");
            }
        }
    }

    private void Assessment(RiskAssessment? assessment, string kind, string entityId, string member)
    {
        if (assessment is null)
        {
            return;
        }

        var matrix = _isms.RiskCriteria.Matrix;
        if (!matrix.Likelihood.Contains(assessment.Likelihood.Value) || !matrix.Consequence.Contains(assessment.Consequence.Value))
        {
            Add(
                IsmsErrorCodes.AssessmentOutsideScale,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Name(kind, entityId)}: {member} (likelihood {assessment.Likelihood.Value}, consequence {assessment.Consequence.Value}) is outside the risk criteria's {matrix.Likelihood.Count}x{matrix.Consequence.Count} scales."),
                kind,
                entityId,
                member,
                string.Create(CultureInfo.InvariantCulture, $"L{assessment.Likelihood.Value} x C{assessment.Consequence.Value}"));
        }
    }

    private void DateOrder(NodaTime.LocalDate earlier, NodaTime.LocalDate? later, string kind, string? entityId, string earlierMember, string laterMember)
    {
        if (later is { } l && l < earlier)
        {
            Add(
                IsmsErrorCodes.DateOrder,
                string.Create(CultureInfo.InvariantCulture, $"{Name(kind, entityId)}: {laterMember} ({l:uuuu-MM-dd}) must not be before {earlierMember} ({earlier:uuuu-MM-dd})."),
                kind,
                entityId,
                laterMember,
                l.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private void Dangling(string kind, string? entityId, string member, int index, string value, string target, string? after = null)
    {
        var at = Indexed(member, index) + after;
        Add(
            IsmsErrorCodes.DanglingReference,
            $"{Name(kind, entityId)}: {at} links to {target} '{value}', which does not exist in the ISMS.",
            kind,
            entityId,
            at,
            value);
    }

    private void Add(string code, string message, string kind, string? entityId, string member, string? value) =>
        (_errors ??= []).Add(new IsmsError(code, message) { EntityKind = kind, EntityId = entityId, Member = member, Value = value });

    private static string Indexed(string member, int index) =>
        index < 0 ? member : string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]");

    private static string Name(string kind, string? entityId) => entityId is null ? kind : $"{kind} '{entityId}'";
}
