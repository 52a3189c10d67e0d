using System.Globalization;
using Isms.Core.RiskManagement;

namespace Isms.Core;

/// <summary>Validates the cross-references and whole-ISMS rules of an <see cref="InformationSecurityManagementSystem"/>.</summary>
internal static class IsmsValidator
{
    public static void Validate(InformationSecurityManagementSystem isms)
    {
        var people = isms.People;
        void Person(PersonId? id, EntityName entity, string field)
        {
            if (id is { } p && !people.Contains(p))
            {
                throw Dangling(entity, field, p.Value, "person");
            }
        }

        void Document(DocumentId? id, EntityName entity, string field)
        {
            if (id is { } d && !isms.Documents.Contains(d))
            {
                throw Dangling(entity, field, d.Value, "document");
            }
        }

        void Control(AppliedControlId id, EntityName entity, string field)
        {
            if (!isms.AppliedControls.Contains(id))
            {
                throw Dangling(entity, field, id.Value, "applied control");
            }
        }

        // Organisation, context and scope.
        foreach (var requirement in isms.Context.Requirements)
        {
            if (!isms.Context.InterestedParties.Contains(requirement.Party))
            {
                throw Dangling($"Requirement '{requirement.Id}'", "Party", requirement.Party.Value, "interested party");
            }
        }

        if (isms.Scope is { } scope)
        {
            foreach (var site in scope.Sites)
            {
                if (!isms.Profile.Sites.Contains(site))
                {
                    throw Dangling("IsmsScope", "Sites", site.Value, "site of the organisation profile");
                }
            }
        }

        // Leadership.
        if (isms.Policy is { } policy)
        {
            Person(policy.ApprovedBy, "InformationSecurityPolicy", "ApprovedBy");
            Document(policy.Document, "InformationSecurityPolicy", "Document");
        }

        foreach (var person in people)
        {
            foreach (var role in person.Roles)
            {
                if (!isms.Roles.Contains(role))
                {
                    throw Dangling($"Person '{person.Id}'", "Roles", role.Value, "role");
                }
            }
        }

        // Assets.
        foreach (var asset in isms.Assets)
        {
            var entity = new EntityName("Asset", asset.Id.ToString());
            Person(asset.Owner, entity, "Owner");
            if (asset.Site is { } site && !isms.Profile.Sites.Contains(site))
            {
                throw Dangling(entity, "Site", site.Value, "site");
            }

            foreach (var dependency in asset.DependsOn)
            {
                if (dependency == asset.Id)
                {
                    throw new IsmsException(IsmsErrorCodes.SelfReference, $"{entity}: DependsOn lists the asset itself.");
                }

                if (!isms.Assets.Contains(dependency))
                {
                    throw Dangling(entity, "DependsOn", dependency.Value, "asset");
                }
            }
        }

        // Applied controls.
        foreach (var control in isms.AppliedControls)
        {
            var entity = new EntityName("AppliedControl", control.Id.ToString());
            Person(control.Owner, entity, "Owner");
            foreach (var evidence in control.Evidence)
            {
                Document(evidence.Document, entity, "Evidence.Document");
            }
        }

        // Risks.
        foreach (var risk in isms.Risks)
        {
            var entity = new EntityName("RiskScenario", risk.Id.ToString());
            Person(risk.Owner, entity, "Owner");
            foreach (var asset in risk.Assets)
            {
                if (!isms.Assets.Contains(asset))
                {
                    throw Dangling(entity, "Assets", asset.Value, "asset");
                }
            }

            foreach (var control in risk.PlannedControls)
            {
                Control(control, entity, "PlannedControls");
            }

            foreach (var control in risk.AppliedControls)
            {
                Control(control, entity, "AppliedControls");
            }

            Assessment(isms, risk.Inherent, entity, "Inherent");
            Assessment(isms, risk.Current, entity, "Current");
            Assessment(isms, risk.Residual, entity, "Residual");
            if (risk.Acceptance is { } acceptance)
            {
                Person(acceptance.AcceptedBy, entity, "Acceptance.AcceptedBy");
                Assessment(isms, acceptance.AcceptedAssessment, entity, "Acceptance.AcceptedAssessment");
                Check.DateOrder(acceptance.AcceptedOn, acceptance.ExpiresOn, $"{entity} Acceptance.AcceptedOn", "Acceptance.ExpiresOn");
            }
        }

        // Statement of Applicability.
        if (isms.StatementOfApplicability is { } soa)
        {
            Person(soa.Version?.ApprovedBy, "StatementOfApplicability", "Version.ApprovedBy");
            foreach (var decision in soa.Decisions)
            {
                var entity = new EntityName("SoaDecision", decision.Control.ToString());
                foreach (var risk in decision.Risks)
                {
                    if (!isms.Risks.Contains(risk))
                    {
                        throw Dangling(entity, "Risks", risk.Value, "risk");
                    }
                }

                foreach (var requirement in decision.Requirements)
                {
                    if (!isms.Context.Requirements.Contains(requirement))
                    {
                        throw Dangling(entity, "Requirements", requirement.Value, "requirement");
                    }
                }

                foreach (var control in decision.AppliedControls)
                {
                    Control(control, entity, "AppliedControls");
                }

                foreach (var evidence in decision.Evidence)
                {
                    Document(evidence.Document, entity, "Evidence.Document");
                }
            }
        }

        // Risk treatment plan.
        Person(isms.TreatmentPlan.ApprovedBy, "RiskTreatmentPlan", "ApprovedBy");
        Document(isms.TreatmentPlan.Document, "RiskTreatmentPlan", "Document");
        foreach (var action in isms.TreatmentPlan.Actions)
        {
            var entity = new EntityName("TreatmentAction", action.Id.ToString());
            Person(action.Owner, entity, "Owner");
            foreach (var risk in action.Risks)
            {
                if (!isms.Risks.Contains(risk))
                {
                    throw Dangling(entity, "Risks", risk.Value, "risk");
                }
            }

            foreach (var control in action.Controls)
            {
                Control(control, entity, "Controls");
            }
        }

        // Objectives, competence, awareness, documents.
        foreach (var objective in isms.Objectives)
        {
            Person(objective.Owner, $"InformationSecurityObjective '{objective.Id}'", "Owner");
        }

        foreach (var record in isms.CompetenceRecords)
        {
            var entity = new EntityName("CompetenceRecord", record.Id.ToString());
            Person(record.Person, entity, "Person");
            if (record.Role is { } role && !isms.Roles.Contains(role))
            {
                throw Dangling(entity, "Role", role.Value, "role");
            }
        }

        foreach (var record in isms.AwarenessRecords)
        {
            Person(record.Person, $"AwarenessRecord '{record.Id}'", "Person");
        }

        foreach (var document in isms.Documents)
        {
            var entity = new EntityName("DocumentedInformation", document.Id.ToString());
            Person(document.Owner, entity, "Owner");
            Person(document.ApprovedBy, entity, "ApprovedBy");
        }

        // Performance evaluation.
        foreach (var measurement in isms.Measurements)
        {
            var entity = new EntityName("MeasurementResult", measurement.Id.ToString());
            Person(measurement.MeasuredBy, entity, "MeasuredBy");
            if (measurement.Objective is { } objective && !isms.Objectives.Contains(objective))
            {
                throw Dangling(entity, "Objective", objective.Value, "objective");
            }

            if (measurement.Control is { } control)
            {
                Control(control, entity, "Control");
            }
        }

        if (isms.AuditProgramme is { } programme)
        {
            Person(programme.Owner, "AuditProgramme", "Owner");
            Person(programme.ApprovedBy, "AuditProgramme", "ApprovedBy");
            Document(programme.Document, "AuditProgramme", "Document");
            Check.DateOrder(programme.PeriodStart, programme.PeriodEnd, "AuditProgramme.PeriodStart", "AuditProgramme.PeriodEnd");
        }

        var findings = new Dictionary<FindingId, AuditId>();
        foreach (var audit in isms.Audits)
        {
            var entity = new EntityName("InternalAudit", audit.Id.ToString());
            Person(audit.LeadAuditor, entity, "LeadAuditor");
            foreach (var person in audit.Auditors)
            {
                Person(person, entity, "Auditors");
            }

            foreach (var person in audit.Auditees)
            {
                Person(person, entity, "Auditees");
            }

            foreach (var site in audit.Sites)
            {
                if (!isms.Profile.Sites.Contains(site))
                {
                    throw Dangling(entity, "Sites", site.Value, "site");
                }
            }

            Document(audit.Report, entity, "Report");
            foreach (var finding in audit.Findings)
            {
                if (!findings.TryAdd(finding.Id, audit.Id))
                {
                    throw new IsmsException(IsmsErrorCodes.DuplicateId, $"{entity}: finding id '{finding.Id}' is already used by audit '{findings[finding.Id]}'.");
                }

                if (finding.Nonconformity is { } nc && !isms.Nonconformities.Contains(nc))
                {
                    throw Dangling($"AuditFinding '{finding.Id}'", "Nonconformity", nc.Value, "nonconformity");
                }
            }
        }

        foreach (var review in isms.ManagementReviews)
        {
            var entity = new EntityName("ManagementReview", review.Id.ToString());
            Person(review.Chair, entity, "Chair");
            foreach (var person in review.Attendees)
            {
                Person(person, entity, "Attendees");
            }

            Document(review.Minutes, entity, "Minutes");
        }

        // Improvement.
        var actions = new HashSet<CorrectiveActionId>();
        foreach (var nonconformity in isms.Nonconformities)
        {
            var entity = new EntityName("Nonconformity", nonconformity.Id.ToString());
            Person(nonconformity.Owner, entity, "Owner");
            if (nonconformity.Finding is { } finding && !findings.ContainsKey(finding))
            {
                throw Dangling(entity, "Finding", finding.Value, "audit finding");
            }

            foreach (var action in nonconformity.CorrectiveActions)
            {
                Person(action.Owner, entity, $"CorrectiveActions['{action.Id}'].Owner");
                if (!actions.Add(action.Id))
                {
                    throw new IsmsException(IsmsErrorCodes.DuplicateId, $"{entity}: corrective action id '{action.Id}' is used twice in the ISMS.");
                }
            }

            if (nonconformity.Verification is { } verification)
            {
                Person(verification.VerifiedBy, entity, "Verification.VerifiedBy");
            }

            if (nonconformity.ClosedOn is not null && !nonconformity.IsVerifiedEffective)
            {
                throw new IsmsException(
                    IsmsErrorCodes.ClosedWithoutVerification,
                    $"{entity}: ClosedOn is set but the effectiveness of its corrective actions was not verified (Verification).");
            }
        }
    }

    private static void Assessment(InformationSecurityManagementSystem isms, RiskAssessment? assessment, EntityName entity, string field)
    {
        if (assessment is null)
        {
            return;
        }

        var matrix = isms.RiskCriteria.Matrix;
        if (!matrix.Likelihood.Contains(assessment.Likelihood.Value) || !matrix.Consequence.Contains(assessment.Consequence.Value))
        {
            throw new IsmsException(
                IsmsErrorCodes.AssessmentOutsideScale,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{entity}: {field} (likelihood {assessment.Likelihood.Value}, consequence {assessment.Consequence.Value}) is outside the risk criteria's {matrix.Likelihood.Count}x{matrix.Consequence.Count} scales."));
        }
    }

    private static IsmsException Dangling(EntityName entity, string field, string value, string target) =>
        new(IsmsErrorCodes.DanglingReference, $"{entity}: {field} links to {target} '{value}', which does not exist in the ISMS.");
}
