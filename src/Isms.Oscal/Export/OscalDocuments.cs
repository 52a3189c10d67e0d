using System.Text.Json.Nodes;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Performance;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using NodaTime;
using static Isms.Oscal.Export.OscalJson;

namespace Isms.Oscal.Export;

/// <summary>The six OSCAL documents of one ISMS, built with the same options, time and UUIDs.</summary>
internal sealed class OscalDocuments(InformationSecurityManagementSystem isms, OscalExportOptions options, Instant lastModified)
{
    private const string ControlOwnerRole = "control-owner";
    private const string AssessorRole = "assessor";
    private const string RiskOwnerRole = "risk-owner";

    private readonly string _name = isms.Profile.LegalName;

    private ControlCatalog Catalog0 => isms.StatementOfApplicability?.Catalog ?? AnnexA.Iso27001_2022;

    public JsonObject Catalog()
    {
        var catalog = Catalog0;
        var groups = catalog.Themes.Select(theme => (JsonNode?)Obj(
            ("id", Str(Slug(theme))),
            ("title", Str(theme)),
            ("controls", Arr(catalog.ByTheme(theme).Select(c => (JsonNode?)Obj(
                ("id", Str(ControlId(c.Id))),
                ("title", Str(c.Title)),
                ("props", Arr([Obj(("name", Str("label")), ("value", Str(c.Id.Value)))]))))))));
        return Root(OscalModels.Catalog, Obj(
            ("uuid", Uuid("catalog")),
            ("metadata", Metadata(catalog.Name, catalog.Id, remarks: "Control ids and titles only: the control text is the standard's copyright. Source: " + catalog.Source + ".")),
            ("groups", Arr(groups))));
    }

    public JsonObject Profile()
    {
        var soa = RequireSoa(OscalModel.Profile);
        var excluded = soa.Excluded.Select(d => (JsonNode?)Prop(
            "excluded-control", ControlId(d.Control), d.Exclusion is { } e ? Text($"{e.Reason}: {e.Narrative}") : "Excluded without a recorded justification"));
        return Root(OscalModels.Profile, Obj(
            ("uuid", Uuid("profile")),
            ("metadata", Metadata($"Statement of Applicability of {_name}", SoaVersion(soa), props: excluded,
                remarks: Text($"ISO/IEC 27001:2022 clause 6.1.3 d. {soa.Applicable.Count()} applicable controls are selected; {soa.Excluded.Count()} excluded controls are listed as excluded-control properties with their justification."))),
            ("imports", Arr([Obj(
                ("href", Str(options.CatalogHref)),
                ("include-controls", Arr([Obj(("with-ids", Strings(soa.Applicable.Select(d => ControlId(d.Control)))))])))])),
            ("merge", Obj(("as-is", JsonValue.Create(true))))));
    }

    public JsonObject SystemSecurityPlan()
    {
        var soa = RequireSoa(OscalModel.SystemSecurityPlan);
        var thisSystem = Id("ssp/component/this-system");
        var components = new List<JsonNode?>
        {
            Obj(
                ("uuid", Str(thisSystem)),
                ("type", Str("this-system")),
                ("title", Str($"Information security management system of {_name}")),
                ("description", Str(isms.Scope?.Statement ?? $"The ISMS of {_name}.")),
                ("status", Obj(("state", Str("operational"))))),
        };
        components.AddRange(isms.AppliedControls.Select(c => (JsonNode?)Obj(
            ("uuid", Uuid($"ssp/component/applied-control/{c.Id.Value}")),
            ("type", Str("process")),
            ("title", Str(c.Name)),
            ("description", Str(Text($"Applied control {c.Id.Value} ({c.Status}), implementing {string.Join(", ", c.Implements.Select(i => i.Value))}."))),
            ("props", Arr([Prop("applied-control-id", c.Id.Value), Prop("control-status", c.Status.ToString())])),
            ("status", Obj(("state", Str(ComponentState(c.Status))))),
            ("responsible-roles", Arr([Responsible(ControlOwnerRole, c.Owner)])))));

        var requirements = soa.Applicable.Select(d => (JsonNode?)Obj(
            ("uuid", Uuid($"ssp/implemented-requirement/{d.Control.Value}")),
            ("control-id", Str(ControlId(d.Control))),
            ("props", Arr(d.Reasons.Select(r => (JsonNode?)Prop("inclusion-reason", r.ToString()))
                .Concat(d.Risks.Select(r => (JsonNode?)Prop("treats-risk", r.Value)))
                .Append(Prop("implementation-status", d.Status.ToString())))),
            ("responsible-roles", Arr(d.AppliedControls.Where(isms.AppliedControls.Contains).Select(a => isms.AppliedControls[a].Owner).Distinct()
                .Select(owner => (JsonNode?)Responsible(ControlOwnerRole, owner)))),
            ("by-components", Arr(ByComponents(d, thisSystem))),
            ("remarks", Str(Justification(d)))));

        var scope = isms.Scope;
        var sites = (scope?.Sites ?? []).Where(isms.Profile.Sites.Contains).Select(s => isms.Profile.Sites[s]).ToList();
        return Root(OscalModels.SystemSecurityPlan, Obj(
            ("uuid", Uuid("ssp")),
            ("metadata", Metadata($"System security plan of the ISMS of {_name}", SoaVersion(soa), roles: [ControlOwnerRole], parties: true, locations: sites)),
            ("import-profile", Obj(("href", Str(options.ProfileHref)))),
            ("system-characteristics", Obj(
                ("system-ids", Arr([Obj(("identifier-type", Str("https://ietf.org/rfc/rfc4122")), ("id", Uuid("system")))])),
                ("system-name", Str($"ISMS of {_name}")),
                ("description", Str(scope?.Statement ?? $"The information security management system of {_name}.")),
                ("props", Arr(sites.Select(s => (JsonNode?)Prop("site", s.Id.Value, s.Name)))),
                ("system-information", Obj(("information-types", InformationTypes()))),
                ("security-impact-level", ImpactLevel()),
                ("status", Obj(("state", Str(options.SystemStatus)))),
                ("authorization-boundary", Obj(("description", Str(Boundary())))))),
            ("system-implementation", Obj(
                ("users", Arr(Users())),
                ("components", Arr(components)),
                ("inventory-items", Arr(isms.Assets.Select(a => (JsonNode?)Obj(
                    ("uuid", Uuid($"ssp/inventory-item/{a.Id.Value}")),
                    ("description", Str(Text($"{a.Name} ({a.Type}); classification {a.Classification}."))),
                    ("props", Arr([
                        Obj(("name", Str("asset-id")), ("value", Str(a.Id.Value))),
                        Prop("asset-type", a.Type.ToString()),
                        Prop("confidentiality", a.Classification.Confidentiality.ToString()),
                        Prop("integrity", a.Classification.Integrity.ToString()),
                        Prop("availability", a.Classification.Availability.ToString())])),
                    ("implemented-components", Arr([Obj(("component-uuid", Str(thisSystem)))])))))))),
            ("control-implementation", Obj(
                ("description", Str(Text($"The applicable controls of the Statement of Applicability{(soa.Version is { } v ? " version " + v.Version : "")} of {_name} (ISO/IEC 27001:2022 clause 6.1.3 d), each with its implementation status and the applied controls that implement it."))),
                ("implemented-requirements", Arr(requirements) ?? new JsonArray(Obj(("uuid", Uuid("ssp/implemented-requirement/none")), ("control-id", Str("none")), ("remarks", Str("No control is applicable.")))))))));
    }

    public JsonObject AssessmentPlan()
    {
        var programme = isms.AuditProgramme;
        var audited = isms.Audits.SelectMany(a => a.Controls).Distinct().ToList();
        var tasks = isms.Audits.Select(a => (JsonNode?)Obj(
            ("uuid", Uuid($"ap/task/{a.Id.Value}")),
            ("type", Str("action")),
            ("title", Str(a.Title)),
            ("description", Str(Text($"Internal audit {a.Id.Value} ({a.Status}): clauses {Listed(a.Clauses)}; controls {Listed(a.Controls.Select(c => c.Value))}."))),
            ("props", Arr([Prop("audit-id", a.Id.Value), Prop("audit-status", a.Status.ToString())])),
            ("timing", Obj(("on-date", Obj(("date", Str(DateTime(a.PlannedOn))))))),
            ("responsible-roles", Arr([Responsible(AssessorRole, a.LeadAuditor)]))));
        return Root(OscalModels.AssessmentPlan, Obj(
            ("uuid", Uuid("assessment-plan")),
            ("metadata", Metadata(programme?.Title ?? $"Internal audit programme of {_name}", options.DocumentVersion, roles: [AssessorRole], parties: true,
                remarks: programme is null ? "ISO/IEC 27001:2022 clause 9.2.2: no audit programme is recorded." : Text($"ISO/IEC 27001:2022 clause 9.2.2. Period {Date(programme.PeriodStart)} to {Date(programme.PeriodEnd)}.{(programme.Approach is { } approach ? " " + approach : "")}"))),
            ("import-ssp", Obj(("href", Str(options.SystemSecurityPlanHref)))),
            ("reviewed-controls", Obj(("control-selections", Arr([audited.Count == 0
                ? Obj(("include-all", new JsonObject()))
                : Obj(("include-controls", Arr(audited.Select(c => (JsonNode?)Obj(("control-id", Str(ControlId(c))))))))])))),
            ("assessment-subjects", Arr([Obj(("type", Str("component")), ("description", Str("The ISMS and its applied controls.")), ("include-all", new JsonObject()))])),
            ("tasks", Arr(tasks))));
    }

    public JsonObject AssessmentResults(ReadinessReport? readiness)
    {
        var start = readiness is null ? DateTime(lastModified) : DateTime(readiness.AsOf);
        var observations = new List<JsonNode?>();
        var findings = new List<JsonNode?>();
        if (readiness is not null)
        {
            for (var i = 0; i < readiness.Findings.Length; i++)
            {
                var f = readiness.Findings[i];
                var key = Text($"readiness/{i}/{f.Code}");
                var observation = Uuid($"ar/observation/{key}");
                observations.Add(Obj(
                    ("uuid", observation),
                    ("title", Str($"{f.Code} {f.Reference}")),
                    ("description", Str(f.Message)),
                    ("props", Arr([Prop("finding-code", f.Code), Prop("severity", f.Severity.ToString()), Prop("section", f.Section.ToString())])),
                    ("methods", Strings(["EXAMINE"])),
                    ("types", Strings(["finding"])),
                    ("collected", Str(start))));
                findings.Add(Finding($"ar/finding/{key}", $"{f.Code} {f.Reference}", f.Message, Target(f), observation, [Prop("finding-code", f.Code), Prop("severity", f.Severity.ToString())]));
            }
        }

        foreach (var audit in isms.Audits)
        {
            foreach (var f in audit.Findings)
            {
                var key = $"audit/{audit.Id.Value}/{f.Id.Value}";
                var observation = Uuid($"ar/observation/{key}");
                observations.Add(Obj(
                    ("uuid", observation),
                    ("title", Str(Text($"{f.Id.Value} ({f.Grade})"))),
                    ("description", Str(f.Description)),
                    ("props", Arr([Prop("audit-id", audit.Id.Value), Prop("finding-grade", f.Grade.ToString())])),
                    ("methods", Strings(["EXAMINE", "INTERVIEW"])),
                    ("types", Strings([f.IsNonconformity ? "finding" : "control-objective"])),
                    ("collected", Str(DateTime(audit.CompletedOn ?? audit.PlannedOn)))));
                var target = f.Control is { } control ? ControlId(control) : Token("clause-" + (f.Clause ?? "unspecified"), "clause-");
                findings.Add(Finding($"ar/finding/{key}", Text($"{f.Id.Value} ({f.Grade})"), f.Description, (target, !f.IsNonconformity), observation, [Prop("finding-grade", f.Grade.ToString())]));
            }
        }

        return Root(OscalModels.AssessmentResults, Obj(
            ("uuid", Uuid("assessment-results")),
            ("metadata", Metadata($"Assessment results of the ISMS of {_name}", options.DocumentVersion)),
            ("import-ap", Obj(("href", Str(options.AssessmentPlanHref)))),
            ("results", Arr([Obj(
                ("uuid", Uuid("ar/result")),
                ("title", Str(readiness is null ? "Internal audit findings" : Text($"Certification readiness as of {Date(readiness.AsOf)}, and internal audit findings"))),
                ("description", Str(readiness is null
                    ? "The findings of the internal audits (ISO/IEC 27001:2022 clause 9.2)."
                    : Text($"The readiness analysis of clauses 4 to 10 and Annex A ({readiness.Findings.Length} findings, status {readiness.Status}), and the findings of the internal audits (clause 9.2). Each finding carries its stable code."))),
                ("start", Str(start)),
                ("reviewed-controls", Obj(("control-selections", Arr([isms.StatementOfApplicability is { } soa && soa.Applicable.Any()
                    ? Obj(("include-controls", Arr(soa.Applicable.Select(d => (JsonNode?)Obj(("control-id", Str(ControlId(d.Control))))))))
                    : Obj(("include-all", new JsonObject()))])))),
                ("observations", Arr(observations)),
                ("findings", Arr(findings)))]))));
    }

    public JsonObject PlanOfActionAndMilestones()
    {
        var risks = new List<JsonNode?>();
        var items = new List<JsonNode?>();
        foreach (var nc in isms.Nonconformities.Where(n => n.IsOpen))
        {
            var risk = Id($"poam/risk/nonconformity/{nc.Id.Value}");
            var open = nc.CorrectiveActions.Where(a => !a.IsComplete).ToList();
            risks.Add(Obj(
                ("uuid", Str(risk)),
                ("title", Str($"{nc.Id.Value}: nonconformity")),
                ("description", Str(nc.Description)),
                ("statement", Str(nc.RootCause ?? nc.Description)),
                ("props", Arr([Prop("nonconformity-id", nc.Id.Value), Prop("source", nc.Source.ToString())])),
                ("status", Str("open")),
                ("deadline", open.Count == 0 ? null : Str(DateTime(open.Max(a => a.Due)))),
                ("remediations", Arr(nc.CorrectiveActions.Select(a => (JsonNode?)Obj(
                    ("uuid", Uuid($"poam/remediation/corrective-action/{nc.Id.Value}/{a.Id.Value}")),
                    ("lifecycle", Str(a.IsComplete ? "completed" : "planned")),
                    ("title", Str($"{a.Id.Value}: corrective action")),
                    ("description", Str(a.Description)),
                    ("tasks", Arr([Obj(
                        ("uuid", Uuid($"poam/task/corrective-action/{nc.Id.Value}/{a.Id.Value}")),
                        ("type", Str("milestone")),
                        ("title", Str(a.IsComplete ? "Completed" : "Due")),
                        ("timing", Obj(("on-date", Obj(("date", Str(DateTime(a.CompletedOn ?? a.Due))))))))]))))))));
            items.Add(Obj(
                ("uuid", Uuid($"poam/item/nonconformity/{nc.Id.Value}")),
                ("title", Str($"Nonconformity {nc.Id.Value}")),
                ("description", Str(nc.Description + (nc.Correction is { } correction ? " Correction: " + correction : ""))),
                ("props", Arr([Prop("nonconformity-id", nc.Id.Value), Prop("raised-on", Date(nc.RaisedOn))])),
                ("related-risks", Arr([Obj(("risk-uuid", Str(risk)))]))));
        }

        foreach (var action in isms.TreatmentPlan.Actions.Where(a => a.IsOpen))
        {
            var related = new List<JsonNode?>();
            foreach (var riskId in action.Risks.Where(isms.Risks.Contains))
            {
                var uuid = Id($"poam/risk/risk-scenario/{riskId.Value}");
                related.Add(Obj(("risk-uuid", Str(uuid))));
                if (risks.OfType<JsonObject>().Any(r => r["uuid"]!.GetValue<string>() == uuid))
                {
                    continue;
                }

                var scenario = isms.Risks[riskId];
                risks.Add(Obj(
                    ("uuid", Str(uuid)),
                    ("title", Str($"{scenario.Id.Value}: {scenario.Title}")),
                    ("description", Str($"Threat: {scenario.Threat}. Vulnerability: {scenario.Vulnerability}.")),
                    ("statement", Str(Text($"Risk treatment option {scenario.Treatment} (ISO/IEC 27001:2022 clause 6.1.3)."))),
                    ("props", Arr([Prop("risk-id", scenario.Id.Value)])),
                    ("status", Str("open")),
                    ("remediations", Arr(isms.TreatmentPlan.Actions.Where(a => a.IsOpen && a.Risks.Contains(riskId)).Select(a => (JsonNode?)Obj(
                        ("uuid", Uuid($"poam/remediation/treatment-action/{riskId.Value}/{a.Id.Value}")),
                        ("lifecycle", Str("planned")),
                        ("title", Str($"{a.Id.Value}: {a.Title}")),
                        ("description", Str(Text($"Risk treatment action {a.Id.Value} ({a.Status}){(a.Due is { } due ? ", due " + Date(due) : "")}."))),
                        ("tasks", a.Due is { } d ? Arr([Obj(
                            ("uuid", Uuid($"poam/task/treatment-action/{riskId.Value}/{a.Id.Value}")),
                            ("type", Str("milestone")),
                            ("title", Str("Due")),
                            ("timing", Obj(("on-date", Obj(("date", Str(DateTime(d))))))))]) : null)))))));
            }

            items.Add(Obj(
                ("uuid", Uuid($"poam/item/treatment-action/{action.Id.Value}")),
                ("title", Str($"Risk treatment action {action.Id.Value}: {action.Title}")),
                ("description", Str(Text($"{action.Title} ({action.Status}){(action.Due is { } due ? ", due " + Date(due) : "")}; treats {Listed(action.Risks.Select(r => r.Value))}."))),
                ("props", Arr([Prop("treatment-action-id", action.Id.Value)])),
                ("related-risks", Arr(related))));
        }

        if (items.Count == 0)
        {
            // OSCAL requires at least one item; an ISMS with nothing open says so.
            items.Add(Obj(
                ("uuid", Uuid("poam/item/none")),
                ("title", Str("No open items")),
                ("description", Str("No nonconformity, corrective action or risk treatment action is open."))));
        }

        return Root(OscalModels.PlanOfActionAndMilestones, Obj(
            ("uuid", Uuid("poam")),
            ("metadata", Metadata($"Plan of action and milestones of the ISMS of {_name}", options.DocumentVersion,
                remarks: "Open nonconformities and their corrective actions (ISO/IEC 27001:2022 clause 10.2) and open risk treatment actions (clause 6.1.3 e, 8.3).")),
            ("import-ssp", Obj(("href", Str(options.SystemSecurityPlanHref)))),
            ("system-id", Obj(("identifier-type", Str("https://ietf.org/rfc/rfc4122")), ("id", Uuid("system")))),
            ("risks", Arr(risks)),
            ("poam-items", Arr(items))));
    }

    private static JsonObject Root(string model, JsonObject body) => Obj((model, body));

    private JsonValue Uuid(string path) => JsonValue.Create(Id(path));

    /// <summary>The UUID of a path as text, for a UUID used at several places (a JSON node has one parent).</summary>
    private string Id(string path) => OscalUuid.V5(options.UuidNamespace, path).ToString("D");

    private StatementOfApplicability RequireSoa(OscalModel model) =>
        isms.StatementOfApplicability ?? throw new IsmsException(new IsmsError(
            OscalErrorCodes.NoStatementOfApplicability,
            $"The ISMS of {_name} has no Statement of Applicability, so it has no OSCAL {model} (ISO/IEC 27001:2022 clause 6.1.3 d)."));

    private string SoaVersion(StatementOfApplicability soa) => soa.Version?.Version ?? options.DocumentVersion;

    private JsonObject Metadata(string title, string version, IEnumerable<JsonNode?>? props = null, IReadOnlyList<string>? roles = null, bool parties = false, IReadOnlyList<Core.Organisation.Site>? locations = null, string? remarks = null)
    {
        var organisation = Id("party/organisation");
        var roleList = (roles ?? []).Select(r => (JsonNode?)Obj(("id", Str(r)), ("title", Str(RoleTitle(r)))))
            .Concat(parties ? isms.Roles.Select(r => (JsonNode?)Obj(("id", Str(Token(r.Id.Value, "role-"))), ("title", Str(r.Name)))) : []);
        var partyList = parties
            ? isms.People.Select(p => (JsonNode?)Obj(
                ("uuid", PersonUuid(p.Id)),
                ("type", Str("person")),
                ("name", Str(p.Name)),
                ("props", p.JobTitle is { } job ? Arr([Obj(("name", Str("job-title")), ("value", Str(job)))]) : null),
                ("member-of-organizations", Arr([Str(organisation)])))).Prepend(Obj(("uuid", Str(organisation)), ("type", Str("organization")), ("name", Str(_name))))
            : [];
        return Obj(
            ("title", Str(title)),
            ("last-modified", Str(DateTime(lastModified))),
            ("version", Str(version)),
            ("oscal-version", Str(OscalVersion)),
            ("props", Arr(props ?? [])),
            ("roles", Arr(roleList)),
            ("locations", Arr((locations ?? []).Select(s => (JsonNode?)Obj(
                ("uuid", Uuid($"location/{s.Id.Value}")),
                ("title", Str(s.Name)),
                ("address", Obj(("addr-lines", Strings([s.Address])))))))),
            ("parties", Arr(partyList)),
            ("responsible-parties", parties ? Arr(isms.Roles.Select(r => (JsonNode?)(isms.People.Where(p => p.Roles.Contains(r.Id)).ToList() is { Count: > 0 } holders
                ? Obj(("role-id", Str(Token(r.Id.Value, "role-"))), ("party-uuids", Arr(holders.Select(h => (JsonNode?)PersonUuid(h.Id)))))
                : null))) : null),
            ("remarks", Str(remarks)));
    }

    private static string RoleTitle(string role) => role switch
    {
        ControlOwnerRole => "Control owner",
        AssessorRole => "Internal auditor",
        _ => "Risk owner",
    };

    private JsonValue PersonUuid(PersonId person) => Uuid($"party/person/{person.Value}");

    private JsonObject Responsible(string role, PersonId person) =>
        Obj(("role-id", Str(role)), ("party-uuids", Arr([PersonUuid(person)])));

    private IEnumerable<JsonNode?> ByComponents(SoaDecision decision, string thisSystem)
    {
        var state = ImplementationState(decision.Status);
        var applied = decision.AppliedControls.Where(isms.AppliedControls.Contains).Select(id => isms.AppliedControls[id]).ToList();
        if (applied.Count == 0)
        {
            yield return Obj(
                ("component-uuid", Str(thisSystem)),
                ("uuid", Uuid($"ssp/by-component/{decision.Control.Value}/this-system")),
                ("description", Str(Text($"Implemented by the ISMS as a whole; no applied control is recorded for {decision.Control.Value}."))),
                ("implementation-status", Obj(("state", Str(state)))));
            yield break;
        }

        foreach (var control in applied)
        {
            yield return Obj(
                ("component-uuid", Uuid($"ssp/component/applied-control/{control.Id.Value}")),
                ("uuid", Uuid($"ssp/by-component/{decision.Control.Value}/{control.Id.Value}")),
                ("description", Str(Text($"{control.Name} ({control.Status})."))),
                ("implementation-status", Obj(("state", Str(state)))),
                ("responsible-roles", Arr([Responsible(ControlOwnerRole, control.Owner)])));
        }
    }

    private static string Justification(SoaDecision decision)
    {
        var reasons = decision.Reasons.IsEmpty ? "no reason recorded" : string.Join(", ", decision.Reasons);
        var risks = decision.Risks.IsEmpty ? "" : "; treats the risks " + string.Join(", ", decision.Risks.Select(r => r.Value));
        return Text($"Applicable: {reasons}{risks}. Implementation status: {decision.Status}.");
    }

    private static string ImplementationState(ImplementationStatus status) => status switch
    {
        ImplementationStatus.Implemented => "implemented",
        ImplementationStatus.PartiallyImplemented => "partial",
        ImplementationStatus.Planned => "planned",
        _ => "planned",
    };

    private static string ComponentState(ControlStatus status) => status switch
    {
        ControlStatus.Implemented or ControlStatus.NotEffective => "operational",
        ControlStatus.Planned or ControlStatus.InProgress => "under-development",
        ControlStatus.Retired => "disposition",
        _ => "other",
    };

    private JsonArray InformationTypes()
    {
        var types = isms.Assets.Where(a => a.Type == AssetType.Information).Select(a => (JsonNode?)Obj(
            ("uuid", Uuid($"ssp/information-type/{a.Id.Value}")),
            ("title", Str(a.Name)),
            ("description", Str(a.Description ?? Text($"Information asset {a.Id.Value}, classified {a.Classification}."))),
            ("confidentiality-impact", Obj(("base", Str(Fips199(a.Classification.Confidentiality))))),
            ("integrity-impact", Obj(("base", Str(Fips199(a.Classification.Integrity))))),
            ("availability-impact", Obj(("base", Str(Fips199(a.Classification.Availability)))))));
        return Arr(types) ?? new JsonArray(Obj(
            ("uuid", Uuid("ssp/information-type/none")),
            ("title", Str("Information in scope")),
            ("description", Str("No information asset is recorded in the asset inventory."))));
    }

    private JsonObject? ImpactLevel()
    {
        var assets = isms.Assets.ToList();
        if (assets.Count == 0)
        {
            return null;
        }

        return Obj(
            ("security-objective-confidentiality", Str(Fips199(assets.Max(a => a.Classification.Confidentiality)))),
            ("security-objective-integrity", Str(Fips199(assets.Max(a => a.Classification.Integrity)))),
            ("security-objective-availability", Str(Fips199(assets.Max(a => a.Classification.Availability)))));
    }

    /// <summary>FIPS 199 has three levels; the ISMS's four map Low to low, Medium to moderate, High and Very high to high.</summary>
    private static string Fips199(SecurityLevel level) => level switch
    {
        SecurityLevel.Low => "fips-199-low",
        SecurityLevel.Medium => "fips-199-moderate",
        _ => "fips-199-high",
    };

    private string Boundary()
    {
        var scope = isms.Scope;
        if (scope is null)
        {
            return "No ISMS scope is recorded (ISO/IEC 27001:2022 clause 4.3).";
        }

        var parts = new List<string> { scope.Statement };
        parts.AddRange(scope.Boundaries.Select(b => "Boundary: " + b));
        parts.AddRange(scope.Interfaces.Select(i => "Interface: " + i));
        parts.AddRange(scope.Dependencies.Select(d => "Dependency: " + d));
        parts.AddRange(scope.Exclusions.Select(e => "Excluded: " + e));
        return string.Join("\n\n", parts);
    }

    private IEnumerable<JsonNode?> Users()
    {
        if (isms.Roles.Count == 0)
        {
            yield return Obj(("uuid", Uuid("ssp/user/everyone")), ("title", Str("Persons doing work under the organisation's control")));
            yield break;
        }

        foreach (var role in isms.Roles)
        {
            yield return Obj(
                ("uuid", Uuid($"ssp/user/{role.Id.Value}")),
                ("title", Str(role.Name)),
                ("role-ids", Arr([Str(Token(role.Id.Value, "role-"))])),
                ("description", role.Responsibilities.IsEmpty ? null : Str(string.Join("; ", role.Responsibilities))));
        }
    }

    private JsonObject Finding(string path, string title, string description, (string Target, bool Satisfied) target, JsonValue observation, JsonNode?[] props) => Obj(
        ("uuid", Uuid(path)),
        ("title", Str(title)),
        ("description", Str(description)),
        ("props", Arr(props)),
        ("target", Obj(
            ("type", Str("objective-id")),
            ("target-id", Str(target.Target)),
            ("status", Obj(("state", Str(target.Satisfied ? "satisfied" : "not-satisfied")))))),
        ("related-observations", Arr([Obj(("observation-uuid", observation.DeepClone()))])));

    private static (string Target, bool Satisfied) Target(ReadinessFinding finding)
    {
        var control = finding.Entities.FirstOrDefault(e => e.Kind == "Control");
        var target = control.Kind is not null ? ControlId(new ControlId(control.Id)) : Token("clause-" + finding.Reference, "clause-");
        return (target, finding.Severity == ReadinessSeverity.Info);
    }

    private static string Listed(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "none listed";
}
