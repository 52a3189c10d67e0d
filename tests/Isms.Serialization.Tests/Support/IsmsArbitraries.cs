using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Monitoring;
using Isms.Core.Organisation;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Core.Support;
using NodaTime;

namespace Isms.Serialization.Tests.Support;

/// <summary>
/// FsCheck generator of WHOLE, valid <see cref="InformationSecurityManagementSystem"/> instances built through
/// <see cref="IsmsBuilder"/>: every register and optional part, consistent cross-references (people, roles, sites,
/// parties, assets, applied controls, risks, documents, objectives, audit findings and nonconformities), risk
/// criteria of 2 to 10 levels per scale, assessments inside those scales with per-criterion consequences, optional
/// Open FAIR models, evidence (accepted and proposed, by people and by collectors), control tests with results,
/// monitoring activities and planned changes with RFC 5545 schedules in several time zones, an SoA over Annex A 2022, Annex A 2013 or a small custom catalog, text with quotes, back
/// slashes, control characters, non-ASCII and surrogate pairs, dates from year -9998 to 9999, and registers from
/// empty to dozens of entities.
/// </summary>
/// <remarks>Use <see cref="Isms"/> as a generator or <see cref="Arbitrary"/> with <c>[Property(Arbitrary = ...)]</c>.</remarks>
public static class IsmsArbitraries
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "-", ".", "\"", "\\", "/", "\n", "\r", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "é", "ü", "ß", "中", "\u2028", "\u2029",
        "😀", "\U0001F1E9\U0001F1EA", "<", ">", "&", "'", "+", "`", "\u00a0", "\ufeff", "\u200b", "{", "}", "[", "]", ":", ",", "$", "\u0301",
    ];

    /// <summary>Non-blank text; may start or end with white space (the domain allows it in free text).</summary>
    public static Gen<string> Text { get; } =
        Gen.Frequency(
            (3, Gen.Elements(Pieces).ArrayOf().Select(parts => "t" + string.Concat(parts) + "x")),
            (1, Gen.Elements(Pieces).NonEmptyListOf().Select(parts => string.Concat(parts)).Where(s => !string.IsNullOrWhiteSpace(s))),
            (1, Gen.Elements("Policy", "Backup restore never tested", "Ransomware on the payment platform", "Ärger über Überstunden", "情報セキュリティ", "\"quoted\" and \\back\\slashed\\")));

    /// <summary>Optional text: null or non-blank.</summary>
    public static Gen<string?> OptionalText { get; } = Optional(Text);

    /// <summary>Dates over NodaTime's whole ISO range (years -9998 to 9999), biased to recent years.</summary>
    public static Gen<LocalDate> Date { get; } =
        Gen.Frequency(
            (6, Gen.Choose(0, 365 * 40).Select(d => new LocalDate(2000, 1, 1).PlusDays(d))),
            (2, Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 366).Select(d => new LocalDate(y, 1, 1).PlusDays(d - 1)))),
            (1, Gen.Choose(-9998, 0).SelectMany(y => Gen.Choose(1, 365).Select(d => new LocalDate(y, 1, 1).PlusDays(d - 1)))),
            (1, Gen.Elements(new LocalDate(-9998, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(1, 1, 1), new LocalDate(0, 12, 31), new LocalDate(2024, 2, 29))));

    /// <summary>A whole ISMS.</summary>
    public static Gen<InformationSecurityManagementSystem> Isms => LazyIsms.Value;

    /// <summary>For <c>[Property(Arbitrary = [typeof(IsmsArbitraries)])]</c>.</summary>
    public static Arbitrary<InformationSecurityManagementSystem> Arbitrary() => Isms.ToArbitrary();

    private static Gen<InformationSecurityManagementSystem> CreateIsms() =>
        from sizes in Sizes
        from criteria in Criteria
        from sites in Many(sizes.Sites, SiteGen)
        from profile in Profile(sites)
        from roles in Many(sizes.Roles, RoleGen)
        from people in Many(sizes.People, i => PersonGen(i, roles.Select(r => r.Id).ToArray()))
        from parties in Many(sizes.Parties, PartyGen)
        from issues in Many(sizes.Issues, IssueGen)
        from requirements in parties.Length == 0 ? Gen.Constant(Array.Empty<Requirement>()) : Many(sizes.Requirements, i => RequirementGen(i, parties))
        from hasScope in Bool
        from scope in ScopeGen(sites)
        from documents in people.Length == 0 ? Gen.Constant(Array.Empty<DocumentedInformation>()) : Many(sizes.Documents, i => DocumentGen(i, people))
        from hasPolicy in Bool
        from policy in PolicyGen(people, documents)
        from assets in people.Length == 0 ? Gen.Constant(Array.Empty<Asset>()) : AssetsGen(sizes.Assets, people, sites)
        from catalog in CatalogChoice
        from controls in people.Length == 0 ? Gen.Constant(Array.Empty<AppliedControl>()) : Many(sizes.Controls, i => AppliedControlGen(i, people, documents, catalog))
        from risks in people.Length == 0 ? Gen.Constant(Array.Empty<RiskScenario>()) : Many(sizes.Risks, i => RiskGen(i, criteria, people, assets, controls))
        from hasSoa in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from soa in SoaGen(catalog, people, risks, requirements, controls, documents)
        from plan in TreatmentPlanGen(sizes.Actions, people, documents, risks, controls)
        from objectives in Many(sizes.Objectives, i => ObjectiveGen(i, people))
        from competence in people.Length == 0 ? Gen.Constant(Array.Empty<CompetenceRecord>()) : Many(sizes.Records, i => CompetenceGen(i, people, roles))
        from awareness in people.Length == 0 ? Gen.Constant(Array.Empty<AwarenessRecord>()) : Many(sizes.Records, i => AwarenessGen(i, people))
        from activities in Many(sizes.Activities, i => ActivityGen(i, people, objectives, controls))
        from measurements in Many(sizes.Measurements, i => MeasurementGen(i, people, objectives, controls, activities))
        from hasProgramme in Bool
        from programme in people.Length == 0 ? Gen.Constant<AuditProgramme?>(null) : ProgrammeGen(people, documents)
        from ncIds in Gen.Constant(Enumerable.Range(0, people.Length == 0 ? 0 : sizes.Nonconformities).Select(i => new NonconformityId(Id("NC", i))).ToArray())
        from audits in people.Length == 0 ? Gen.Constant(Array.Empty<InternalAudit>()) : Many(sizes.Audits, i => AuditGen(i, people, sites, documents, catalog, ncIds))
        from reviews in people.Length == 0 ? Gen.Constant(Array.Empty<ManagementReview>()) : Many(sizes.Reviews, i => ReviewGen(i, people, documents))
        from nonconformities in Gen.CollectToArray(ncIds.Select((id, i) => NonconformityGen(id, i, people, audits.SelectMany(a => a.Findings).Select(f => f.Id).ToArray())))
        from evidence in Many(sizes.Evidence, i => EvidenceGen(i, people, catalog, controls, requirements, objectives))
        from tests in Many(sizes.Tests, i => ControlTestGen(i, people, catalog, controls, evidence))
        from changes in Many(sizes.Changes, i => PlannedChangeGen(i, people))
        select new IsmsBuilder
        {
            Profile = profile,
            RiskCriteria = criteria,
            Context = new OrganisationalContext
            {
                Issues = Register<IssueId, ContextIssue>.Of(issues),
                InterestedParties = Register<InterestedPartyId, InterestedParty>.Of(parties),
                Requirements = Register<RequirementId, Requirement>.Of(requirements),
            },
            Scope = hasScope ? scope : null,
            Policy = hasPolicy ? policy : null,
            Roles = Register<RoleId, Role>.Of(roles),
            People = Register<PersonId, Person>.Of(people),
            Assets = Register<AssetId, Asset>.Of(assets),
            Risks = RiskRegister.From(Register<RiskId, RiskScenario>.Of(risks)),
            AppliedControls = Register<AppliedControlId, AppliedControl>.Of(controls),
            StatementOfApplicability = hasSoa ? soa : null,
            TreatmentPlan = plan,
            Objectives = Register<ObjectiveId, InformationSecurityObjective>.Of(objectives),
            CompetenceRecords = Register<CompetenceRecordId, CompetenceRecord>.Of(competence),
            AwarenessRecords = Register<AwarenessRecordId, AwarenessRecord>.Of(awareness),
            Documents = Register<DocumentId, DocumentedInformation>.Of(documents),
            Measurements = Register<MeasurementId, MeasurementResult>.Of(measurements),
            AuditProgramme = hasProgramme ? programme : null,
            Audits = Register<AuditId, InternalAudit>.Of(audits),
            ManagementReviews = Register<ManagementReviewId, ManagementReview>.Of(reviews),
            Nonconformities = Register<NonconformityId, Nonconformity>.Of(nonconformities),
            Evidence = Register<EvidenceItemId, EvidenceItem>.Of(evidence),
            ControlTests = Register<ControlTestId, ControlTest>.Of(tests),
            MonitoringActivities = Register<MonitoringActivityId, MonitoringActivity>.Of(activities),
            PlannedChanges = Register<PlannedChangeId, PlannedChange>.Of(changes),
        }.Build();

    // Static properties initialise in text order: the whole-ISMS generator is built on first use, after all the parts.
    private static readonly Lazy<Gen<InformationSecurityManagementSystem>> LazyIsms = new(CreateIsms);

    private static Gen<bool> Bool { get; } = Gen.Elements(true, false);

    /// <summary>How many entities per register: mostly small, sometimes empty, sometimes dozens.</summary>
    private static Gen<int> Count { get; } = Gen.Frequency((2, Gen.Constant(0)), (6, Gen.Choose(1, 4)), (2, Gen.Choose(5, 12)), (1, Gen.Choose(13, 36)));

    private sealed record SizeSet(int Sites, int Roles, int People, int Parties, int Issues, int Requirements, int Documents, int Assets, int Controls, int Risks, int Actions, int Objectives, int Records, int Measurements, int Audits, int Reviews, int Nonconformities, int Evidence, int Tests, int Activities, int Changes);

    private static Gen<SizeSet> Sizes { get; } =
        from counts in Gen.ArrayOf(Count, 21)
        from people in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 8)), (1, Gen.Choose(9, 30)))
        select new SizeSet(counts[0], counts[1], people, counts[3], counts[4], counts[5], counts[6], counts[7], counts[8], counts[9], counts[10], counts[11], counts[12], counts[13], counts[14] / 2, counts[15] / 2, counts[16], people == 0 ? 0 : counts[17], counts[18] / 2, counts[19] / 2, counts[20] / 2);

    /// <summary>An id with a prefix that makes it unique and, sometimes, arbitrary text after it.</summary>
    private static string Id(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index}");

    private static Gen<string> IdText(string prefix, int index) =>
        Gen.Frequency(
            (3, Gen.Constant(Id(prefix, index))),
            (1, Text.Select(t => Id(prefix, index) + "·" + t.Trim()).Where(s => s.Trim().Length == s.Length)));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T> Pick<T>(T[] items) => Gen.Elements(items);

    private static Gen<T?> PickOptional<T>(T[] items)
        where T : struct =>
        items.Length == 0 ? Gen.Constant<T?>(null) : OptionalValue(Gen.Elements(items));

    private static Gen<ImmutableArray<T>> Subset<T>(IEnumerable<T> items) =>
        items.Any() ? Gen.SubListOf(items).Select(l => l.ToImmutableArray()) : Gen.Constant(ImmutableArray<T>.Empty);

    private static Gen<ImmutableArray<string>> TextList { get; } = Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Text, n)).Select(a => a.Distinct(StringComparer.Ordinal).ToImmutableArray());

    private static Gen<T> EnumGen<T>()
        where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<T[]> Many<T>(int count, Func<int, Gen<T>> item) =>
        Gen.CollectToArray(Enumerable.Range(0, count).Select(item));

    private static Gen<double> Finite { get; } =
        Gen.Frequency(
            (4, Gen.Choose(-1000, 1000).Select(i => i / 8.0)),
            (2, Gen.Choose(0, int.MaxValue).Select(i => i / 1e3)),
            (1, Gen.Elements(0.1, 0.2, 0.30000000000000004, 1e-300, 5e-324, 1.7976931348623157e308, -1e308, 123456789.123456789, Math.PI, Math.E, -0.0)));

    private static Gen<double> NonNegative { get; } = Finite.Select(Math.Abs);

    /// <summary>Finite values whose sums stay finite.</summary>
    private static Gen<double> Bounded { get; } = Finite.Where(v => Math.Abs(v) < 1e300);

    // ---- Risk criteria -------------------------------------------------------------------------------------

    private static Gen<RiskCriteria> Criteria { get; } =
        from rows in Gen.Choose(RiskScale.MinimumLevels, RiskScale.MaximumLevels)
        from columns in Gen.Choose(RiskScale.MinimumLevels, RiskScale.MaximumLevels)
        from levelCount in Gen.Choose(2, 6)
        from likelihood in ScaleGen("Likelihood", rows)
        from consequence in ScaleGen("Consequence", columns)
        from levels in Gen.CollectToArray(Enumerable.Range(1, levelCount).Select(LevelGen))
        from monotone in Bool
        from cells in Gen.ArrayOf(Gen.Choose(1, levelCount), rows * columns)
        from acceptance in Gen.Choose(1, levelCount)
        from name in Text
        from combination in EnumGen<ConsequenceCombination>()
        from criteriaNames in Gen.SubListOf(new[] { "Confidentiality", "Integrity", "Availability", "Privacy", "Safety", "Reputation é" })
        select new RiskCriteria(
            name,
            new RiskMatrix(
                likelihood,
                consequence,
                levels,
                [.. Enumerable.Range(0, rows).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(0, columns).Select(c => monotone ? Math.Min(levelCount, 1 + ((l + c) * levelCount / (rows + columns - 1))) : cells[(l * columns) + c])])],
                allowNonMonotone: !monotone),
            new RiskLevel(acceptance))
        {
            Combination = combination,
            ConsequenceCriteria = criteriaNames.Count == 0 ? [ConsequenceCriterion.Confidentiality] : [.. criteriaNames.Select(n => new ConsequenceCriterion(n))],
        };

    private static Gen<RiskScale> ScaleGen(string name, int count) =>
        from scaleName in Gen.Frequency((2, Gen.Constant(name)), (1, Text))
        from levels in Gen.CollectToArray(Enumerable.Range(1, count).Select(i =>
            from levelName in Text
            from abbreviation in Text
            from value in Finite
            from description in Gen.Frequency((1, Gen.Constant(string.Empty)), (3, Text))
            from colour in Gen.Elements("#ffcc00", "#16a34a", "red", "rgb(1, 2, 3)")
            from range in OptionalValue(Bounded.SelectMany(low => Bounded.Select(width => new SemiQuantitativeRange(low, low + Math.Abs(width)))))
            select new ScaleLevel(Unique(i, levelName), Unique(i, abbreviation), value, description, colour) { Range = range }))
        select new RiskScale(scaleName, levels);

    private static Gen<RiskLevelDefinition> LevelGen(int index) =>
        from name in Text
        from abbreviation in Text
        from colour in Gen.Elements("#16a34a", "#facc15", "#f97316", "#dc2626")
        from description in Gen.Frequency((1, Gen.Constant(string.Empty)), (3, Text))
        from value in OptionalValue(Finite)
        from range in OptionalValue(Bounded.Select(low => new SemiQuantitativeRange(low, low + index)))
        select new RiskLevelDefinition(Unique(index, name), Unique(index, abbreviation), colour, description) { Value = value, Range = range };

    /// <summary>Level names and abbreviations must be unique within their scale.</summary>
    private static string Unique(int index, string text) => string.Create(CultureInfo.InvariantCulture, $"{index}{text}");

    // ---- Organisation and context --------------------------------------------------------------------------

    private static Gen<Site> SiteGen(int i) =>
        from id in IdText("S", i)
        from name in Text
        from address in Text
        from processes in TextList
        from persons in OptionalValue(Gen.Choose(0, int.MaxValue))
        from central in Bool
        select new Site { Id = new SiteId(id), Name = name, Address = address, Processes = processes, Persons = persons, IsCentralFunction = central };

    private static Gen<OrganisationProfile> Profile(Site[] sites) =>
        from legal in Text
        from trading in OptionalText
        from nature in Text
        from persons in Gen.Choose(1, int.MaxValue)
        from contactName in Text
        from function in OptionalText
        from email in Text
        from phone in OptionalText
        from website in Gen.Elements<Uri?>(null, new Uri("https://example.com"), new Uri("https://例え.jp/パス?q=\"x\"#frag"), new Uri("http://user@host:8080/a%20b/"), new Uri("ftp://files.example.org/"))
        select new OrganisationProfile
        {
            LegalName = legal,
            TradingName = trading,
            NatureOfActivities = nature,
            PersonsDoingWork = persons,
            Sites = Register<SiteId, Site>.Of(sites),
            Contact = new ContactDetails { Name = contactName, Function = function, Email = email, Phone = phone },
            Website = website,
        };

    private static Gen<InterestedParty> PartyGen(int i) =>
        from id in IdText("IP", i)
        from name in Text
        from kind in EnumGen<InterestedPartyKind>()
        from relevance in OptionalText
        select new InterestedParty { Id = new InterestedPartyId(id), Name = name, Kind = kind, Relevance = relevance };

    private static Gen<ContextIssue> IssueGen(int i) =>
        from id in IdText("I", i)
        from description in Text
        from origin in EnumGen<IssueOrigin>()
        from kind in EnumGen<IssueKind>()
        from relevant in Bool
        from effect in OptionalText
        from date in Date
        select new ContextIssue { Id = new IssueId(id), Description = description, Origin = origin, Kind = kind, Relevant = relevant, Effect = effect, IdentifiedOn = date };

    private static Gen<Requirement> RequirementGen(int i, InterestedParty[] parties) =>
        from id in IdText("RQ", i)
        from party in Pick(parties)
        from description in Text
        from kind in EnumGen<RequirementKind>()
        from reference in OptionalText
        from addressed in Bool
        select new Requirement { Id = new RequirementId(id), Party = party.Id, Description = description, Kind = kind, Reference = reference, AddressedByIsms = addressed };

    private static Gen<IsmsScope> ScopeGen(Site[] sites) =>
        from statement in Text
        from boundaries in TextList
        from interfaces in TextList
        from dependencies in TextList
        from scopeSites in Subset(sites.Select(s => s.Id))
        from exclusions in TextList
        select new IsmsScope { Statement = statement, Boundaries = boundaries, Interfaces = interfaces, Dependencies = dependencies, Sites = scopeSites, Exclusions = exclusions };

    // ---- Leadership and support ----------------------------------------------------------------------------

    private static Gen<Role> RoleGen(int i) =>
        from id in IdText("R", i)
        from name in Text
        from responsibilities in TextList
        from authorities in TextList
        from flags in Gen.ArrayOf(Bool, 3)
        select new Role { Id = new RoleId(id), Name = name, Responsibilities = responsibilities, Authorities = authorities, EnsuresConformity = flags[0], ReportsPerformance = flags[1], RequiresCompetenceEvidence = flags[2] };

    private static Gen<Person> PersonGen(int i, RoleId[] roles) =>
        from id in IdText("P", i)
        from name in Text
        from job in OptionalText
        from email in OptionalText
        from personRoles in Subset(roles)
        from flags in Gen.ArrayOf(Bool, 2)
        from left in OptionalValue(Date)
        select new Person { Id = new PersonId(id), Name = name, JobTitle = job, Email = email, Roles = personRoles, IsTopManagement = flags[0], IsExternal = flags[1], LeftOn = left };

    private static Gen<DocumentedInformation> DocumentGen(int i, Person[] people) =>
        from id in IdText("D", i)
        from title in Text
        from version in Text
        from owner in Pick(people)
        from approver in PickOptional(people.Select(p => p.Id).ToArray())
        from approvedOn in OptionalValue(Date)
        from review in OptionalValue(Date)
        from retention in Optional(PeriodGen)
        from classification in EnumGen<InformationClassification>()
        from location in OptionalText
        from fulfils in Subset(Enum.GetValues<MandatoryDocument>())
        select new DocumentedInformation
        {
            Id = new DocumentId(id),
            Title = title,
            Version = version,
            Owner = owner.Id,
            ApprovedBy = approver,
            ApprovedOn = approvedOn,
            NextReviewOn = review,
            Retention = retention,
            Classification = classification,
            Location = location,
            Fulfils = fulfils,
        };

    private static Gen<Period> PeriodGen { get; } =
        Gen.Frequency(
            (3, Gen.Elements(Period.FromYears(7), Period.FromMonths(18), Period.FromDays(90), Period.FromWeeks(6), Period.Zero, Period.FromYears(1) + Period.FromMonths(14))),
            (2, from years in Gen.Choose(0, 100)
                from months in Gen.Choose(0, 30)
                from weeks in Gen.Choose(0, 10)
                from days in Gen.Choose(0, 400)
                from hours in Gen.Choose(0, 48)
                select new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days, Hours = hours }.Build()));

    private static Gen<InformationSecurityPolicy> PolicyGen(Person[] people, DocumentedInformation[] documents) =>
        from title in Text
        from version in Text
        from document in PickOptional(documents.Select(d => d.Id).ToArray())
        from approver in PickOptional(people.Select(p => p.Id).ToArray())
        from approvedOn in OptionalValue(Date)
        from flags in Gen.ArrayOf(Bool, 3)
        from communicated in OptionalValue(Date)
        select new InformationSecurityPolicy
        {
            Title = title,
            Version = version,
            Document = document,
            ApprovedBy = approver,
            ApprovedOn = approvedOn,
            ProvidesObjectivesFramework = flags[0],
            CommitsToRequirements = flags[1],
            CommitsToContinualImprovement = flags[2],
            CommunicatedOn = communicated,
        };

    // ---- Assets, controls, risks ---------------------------------------------------------------------------

    private static Gen<Asset[]> AssetsGen(int count, Person[] people, Site[] sites) =>
        Gen.CollectToArray(Enumerable.Range(0, count).Select(i =>
            from id in IdText("A", i)
            from name in Text
            from type in EnumGen<AssetType>()
            from owner in Pick(people)
            from site in PickOptional(sites.Select(s => s.Id).ToArray())
            from location in OptionalText
            from cia in Gen.ArrayOf(EnumGen<SecurityLevel>(), 3)
            from description in OptionalText
            select (Index: i, Asset: new Asset
            {
                Id = new AssetId(id),
                Name = name,
                Type = type,
                Owner = owner.Id,
                Site = site,
                Location = location,
                Classification = new CiaClassification(cia[0], cia[1], cia[2]),
                Description = description,
            })))
        .SelectMany(items => Gen.CollectToArray(items.Select(item =>
            Subset(items.Take(item.Index).Select(x => x.Asset.Id)).Select(deps => item.Asset with { DependsOn = deps }))));

    /// <summary>The SoA's catalog: a shipped Annex A edition, or a small custom catalog that is embedded.</summary>
    private static Gen<ControlCatalog> CatalogChoice { get; } =
        Gen.Frequency(
            (2, Gen.Constant(AnnexA.Iso27001_2022)),
            (1, Gen.Constant(AnnexA.Iso27001_2013)),
            (2, from id in Text
                from name in Text
                from source in Text
                from count in Gen.Choose(0, 12)
                from titles in Gen.ArrayOf(Text, count)
                from themes in Gen.ArrayOf(Gen.Elements("Organizational", "People", "Physical", "Technological", "Théme \"x\""), count)
                from extras in Gen.ArrayOf(DocumentArbitraries.Extras, count)
                select new ControlCatalog(id, name, source, Enumerable.Range(0, count).Select(i =>
                    new CatalogControl(new ControlId(string.Create(CultureInfo.InvariantCulture, $"C.{i}")), themes[i], titles[i]) { Group = extras[i].Group, IsNewIn2022 = extras[i].New, Attributes = extras[i].Attributes }))));

    private static Gen<EvidenceReference> EvidenceGen(DocumentedInformation[] documents) =>
        from description in Text
        from location in OptionalText
        from document in PickOptional(documents.Select(d => d.Id).ToArray())
        from collected in OptionalValue(Date)
        select new EvidenceReference { Description = description, Location = location, Document = document, CollectedOn = collected };

    private static Gen<ImmutableArray<EvidenceReference>> EvidenceList(DocumentedInformation[] documents) =>
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(EvidenceGen(documents), n)).Select(a => a.Distinct().ToImmutableArray());

    private static Gen<AppliedControl> AppliedControlGen(int i, Person[] people, DocumentedInformation[] documents, ControlCatalog catalog) =>
        from id in IdText("AC", i)
        from name in Text
        from description in OptionalText
        from owner in Pick(people)
        from status in EnumGen<ControlStatus>()
        from effectiveness in OptionalValue(Gen.Choose(0, 10000).Select(v => new Percentage(v / 100.0)))
        from effect in Gen.Choose(0, 5).SelectMany(l => Gen.Choose(0, 5).Select(c => new ControlEffect(l, c)))
        from evidence in EvidenceList(documents)
        from implements in catalog.Controls.IsEmpty
            ? Gen.Constant(ImmutableArray.Create(new ControlId("X.1")))
            : Gen.NonEmptyListOf(Gen.Elements(catalog.Controls.Select(c => c.Id).ToArray())).Select(l => l.Distinct().Take(5).ToImmutableArray())
        select new AppliedControl { Id = new AppliedControlId(id), Name = name, Description = description, Owner = owner.Id, Status = status, Effectiveness = effectiveness, Effect = effect, Evidence = evidence, Implements = implements };

    private static Gen<RiskAssessment> AssessmentGen(RiskCriteria criteria) =>
        from likelihood in Gen.Choose(1, criteria.Matrix.Likelihood.Count)
        from consequence in Gen.Choose(1, criteria.Matrix.Consequence.Count)
        from date in Date
        from perCriterion in Bool
        from byCriterion in Gen.CollectToArray(criteria.ConsequenceCriteria.Select(c => Gen.Choose(1, criteria.Matrix.Consequence.Count).Select(l => new CriterionConsequence(c, new ConsequenceLevel(l)))))
        select perCriterion && byCriterion.Length > 0
            ? RiskAssessment.PerCriterion(new LikelihoodLevel(likelihood), byCriterion, date, criteria.Combination)
            : new RiskAssessment(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence), date);

    private static Gen<RiskScenario> RiskGen(int i, RiskCriteria criteria, Person[] people, Asset[] assets, AppliedControl[] controls) =>
        from id in IdText("RK", i)
        from title in Text
        from owner in Pick(people)
        from riskAssets in Subset(assets.Select(a => a.Id))
        from threat in Text
        from vulnerability in Text
        from inherent in AssessmentGen(criteria)
        from current in Optional(AssessmentGen(criteria))
        from residual in Optional(AssessmentGen(criteria))
        from treatment in EnumGen<TreatmentOption>()
        from planned in Subset(controls.Select(c => c.Id))
        from applied in Subset(controls.Select(c => c.Id))
        from hasAcceptance in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from acceptedBy in Pick(people)
        from acceptedOn in Date
        from rationale in Text
        from expiresAfter in OptionalValue(Gen.Choose(0, 3000))
        from accepted in AssessmentGen(criteria)
        from identified in Date
        from model in Optional(FairGen(i))
        select new RiskScenario
        {
            Id = new RiskId(id),
            Title = title,
            Owner = owner.Id,
            Assets = riskAssets,
            Threat = threat,
            Vulnerability = vulnerability,
            Inherent = inherent,
            Current = current,
            Residual = residual,
            Treatment = treatment,
            PlannedControls = planned,
            AppliedControls = applied,
            Acceptance = hasAcceptance
                ? new RiskAcceptance
                {
                    AcceptedBy = acceptedBy.Id,
                    AcceptedOn = acceptedOn,
                    Rationale = rationale,
                    ExpiresOn = expiresAfter is { } days && acceptedOn.Year < 9990 ? acceptedOn.PlusDays(days) : null,
                    AcceptedAssessment = accepted,
                }
                : null,
            IdentifiedOn = identified,
            QuantitativeModel = model,
        };

    // ---- Open FAIR -----------------------------------------------------------------------------------------

    private static Gen<(double Low, double Mode, double High)> Ordered3 { get; } =
        from values in Gen.ArrayOf(NonNegative.Where(v => v < 1e300), 3)
        let sorted = values.Order().ToArray()
        select (sorted[0], sorted[1], sorted[2]);

    private static Gen<Distribution> NonNegativeDistribution { get; } =
        Gen.OneOf(
            NonNegative.Select(v => (Distribution)new ConstantDistribution(v)),
            Ordered3.Select(t => (Distribution)new UniformDistribution(t.Low, t.High)),
            Ordered3.Select(t => (Distribution)new TriangularDistribution(t.Low, t.Mode, t.High)),
            from t in Ordered3
            from shape in Gen.Choose(1, 80).Select(s => s / 10.0)
            from variant in EnumGen<PertVariant>()
            select (Distribution)new PertDistribution(t.Low, t.Mode, t.High, shape, variant),
            from mu in Gen.Choose(-50, 200).Select(m => m / 10.0)
            from sigma in Gen.Choose(0, 30).Select(s => s / 10.0)
            select (Distribution)new LognormalDistribution(mu, sigma),
            from low in Gen.Choose(1, 10_000).Select(v => v * 1.5)
            from spread in Gen.Choose(2, 1000)
            select (Distribution)LognormalDistribution.FromInterval90(low, low * spread),
            from mean in Gen.Choose(1, 1000).Select(v => v * 10.0)
            from sd in Gen.Choose(1, 500).Select(v => v * 1.0)
            from above in OptionalValue(Gen.Choose(1, 100).Select(v => mean + (v * sd)))
            select (Distribution)new NormalDistribution(mean, sd, 0, above ?? double.PositiveInfinity));

    private static Gen<Distribution> FrequencyDistribution { get; } =
        Gen.OneOf(NonNegativeDistribution, Gen.Choose(0, 5000).Select(r => (Distribution)new PoissonDistribution(r / 100.0)));

    private static Gen<Distribution> ProbabilityDistribution { get; } =
        Gen.OneOf(
            Gen.Choose(0, 1000).Select(v => (Distribution)new ConstantDistribution(v / 1000.0)),
            Ordered3.Select(t => (Distribution)new UniformDistribution(t.Low / (t.High + 1), t.High / (t.High + 1))),
            Ordered3.Select(t => (Distribution)new PertDistribution(t.Low / (t.High + 1), t.Mode / (t.High + 1), t.High / (t.High + 1))));

    private static Gen<Distribution> AnyDistribution { get; } =
        Gen.OneOf(NonNegativeDistribution, Bounded.SelectMany(m => Gen.Choose(1, 100).Select(s => (Distribution)new NormalDistribution(m, s))));

    private static Gen<FairScenario> FairGen(int i) =>
        from id in IdText("Q", i)
        from name in Text
        from shape in Gen.Choose(0, 3)
        from lef in FrequencyDistribution
        from tef in FrequencyDistribution
        from vulnerability in ProbabilityDistribution
        from contact in FrequencyDistribution
        from action in ProbabilityDistribution
        from capability in AnyDistribution
        from resistance in AnyDistribution
        from magnitude in NonNegativeDistribution
        from primary in NonNegativeDistribution
        from secondaryFrequency in ProbabilityDistribution
        from secondaryMagnitude in NonNegativeDistribution
        from rate in Gen.Choose(1, 500).Select(r => r / 100.0)
        from low in Gen.Choose(1, 10_000).Select(l => l * 10.0)
        from spread in Gen.Choose(2, 100)
        select shape switch
        {
            0 => FairScenario.FromAnnualRate(new FairScenarioId(id), name, rate, low, low * spread),
            1 => new FairScenario(new FairScenarioId(id), name, [new(FairNode.LossEventFrequency, lef), new(FairNode.LossMagnitude, magnitude)]),
            2 => new FairScenario(new FairScenarioId(id), name, [new(FairNode.ThreatEventFrequency, tef), new(FairNode.Vulnerability, vulnerability), new(FairNode.PrimaryLoss, primary), new(FairNode.SecondaryLossEventFrequency, secondaryFrequency), new(FairNode.SecondaryLossEventMagnitude, secondaryMagnitude)]),
            _ => new FairScenario(new FairScenarioId(id), name, [new(FairNode.ContactFrequency, contact), new(FairNode.ProbabilityOfAction, action), new(FairNode.ThreatCapability, capability), new(FairNode.ResistanceStrength, resistance), new(FairNode.LossMagnitude, magnitude)]),
        };

    // ---- Statement of Applicability and treatment ----------------------------------------------------------

    private static Gen<StatementOfApplicability> SoaGen(ControlCatalog catalog, Person[] people, RiskScenario[] risks, Requirement[] requirements, AppliedControl[] controls, DocumentedInformation[] documents) =>
        from decided in Gen.SubListOf(catalog.Controls.Select(c => c.Id).ToArray())
        from decisions in Gen.CollectToArray(decided.Take(40).Select(control =>
            from applicable in Bool
            from reasons in Subset(Enum.GetValues<InclusionReason>())
            from decisionRisks in Subset(risks.Select(r => r.Id).Take(6))
            from decisionRequirements in Subset(requirements.Select(r => r.Id).Take(6))
            from exclusionReason in EnumGen<ExclusionReason>()
            from narrative in Text
            from status in EnumGen<ImplementationStatus>()
            from applied in Subset(controls.Select(c => c.Id).Take(6))
            from evidence in EvidenceList(documents)
            select new SoaDecision
            {
                Control = control,
                Applicable = applicable,
                Reasons = applicable ? reasons : [],
                Risks = decisionRisks,
                Requirements = decisionRequirements,
                Exclusion = applicable ? null : new SoaExclusion { Reason = exclusionReason, Narrative = narrative },
                Status = status,
                AppliedControls = applied,
                Evidence = evidence,
            }))
        from hasVersion in Bool
        from version in Text
        from approver in people.Length == 0 ? Gen.Constant(default(Person)) : Pick(people).Select(p => (Person?)p)
        from approvedOn in Date
        from summary in OptionalText
        select new StatementOfApplicability(
            catalog,
            decisions,
            hasVersion && approver is not null ? new SoaVersion { Version = version, ApprovedBy = approver.Id, ApprovedOn = approvedOn, ChangeSummary = summary } : null);

    private static Gen<RiskTreatmentPlan> TreatmentPlanGen(int count, Person[] people, DocumentedInformation[] documents, RiskScenario[] risks, AppliedControl[] controls) =>
        from actions in Many(count, i =>
            from id in IdText("TA", i)
            from title in Text
            from owner in PickOptional(people.Select(p => p.Id).ToArray())
            from due in OptionalValue(Date)
            from status in EnumGen<TreatmentActionStatus>()
            from completed in OptionalValue(Date)
            from resources in OptionalText
            from actionRisks in Subset(risks.Select(r => r.Id))
            from actionControls in Subset(controls.Select(c => c.Id))
            select new TreatmentAction { Id = new TreatmentActionId(id), Title = title, Owner = owner, Due = due, Status = status, CompletedOn = completed, Resources = resources, Risks = actionRisks, Controls = actionControls })
        from approver in PickOptional(people.Select(p => p.Id).ToArray())
        from approvedOn in OptionalValue(Date)
        from document in PickOptional(documents.Select(d => d.Id).ToArray())
        select new RiskTreatmentPlan { Actions = Register<TreatmentActionId, TreatmentAction>.Of(actions), ApprovedBy = approver, ApprovedOn = approvedOn, Document = document };

    // ---- Planning, support, performance, improvement -------------------------------------------------------

    private static Gen<InformationSecurityObjective> ObjectiveGen(int i, Person[] people) =>
        from id in IdText("O", i)
        from title in Text
        from measure in OptionalText
        from target in OptionalText
        from owner in PickOptional(people.Select(p => p.Id).ToArray())
        from due in OptionalValue(Date)
        from method in OptionalText
        from resources in OptionalText
        from achieved in Bool
        select new InformationSecurityObjective { Id = new ObjectiveId(id), Title = title, Measure = measure, Target = target, Owner = owner, Due = due, EvaluationMethod = method, Resources = resources, Achieved = achieved };

    private static Gen<CompetenceRecord> CompetenceGen(int i, Person[] people, Role[] roles) =>
        from id in IdText("CR", i)
        from person in Pick(people)
        from role in PickOptional(roles.Select(r => r.Id).ToArray())
        from competence in Text
        from kind in EnumGen<CompetenceEvidenceKind>()
        from evidence in OptionalText
        from achieved in Date
        from expires in OptionalValue(Date)
        select new CompetenceRecord { Id = new CompetenceRecordId(id), Person = person.Id, Role = role, Competence = competence, Kind = kind, Evidence = evidence, AchievedOn = achieved, ExpiresOn = expires };

    private static Gen<AwarenessRecord> AwarenessGen(int i, Person[] people) =>
        from id in IdText("AR", i)
        from person in Pick(people)
        from topic in Text
        from completed in Date
        select new AwarenessRecord { Id = new AwarenessRecordId(id), Person = person.Id, Topic = topic, CompletedOn = completed };

    private static Gen<decimal> DecimalGen { get; } =
        Gen.Frequency(
            (4, Gen.Choose(-100000, 100000).Select(v => v / 100m)),
            (1, Gen.Elements(0m, 1.0m, 1.00m, -0.5m, 99.999m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 7.9228162514264337593543950335m, 123456789012345678.9m)));

    private static Gen<MeasurementResult> MeasurementGen(int i, Person[] people, InformationSecurityObjective[] objectives, AppliedControl[] controls, MonitoringActivity[] activities) =>
        from id in IdText("M", i)
        from metric in Text
        from date in Date
        from value in DecimalGen
        from unit in OptionalText
        from target in OptionalText
        from meets in OptionalValue(Bool)
        from measuredBy in PickOptional(people.Select(p => p.Id).ToArray())
        from objective in PickOptional(objectives.Select(o => o.Id).ToArray())
        from control in PickOptional(controls.Select(c => c.Id).ToArray())
        from activity in PickOptional(activities.Select(a => a.Id).ToArray())
        from evaluatedBy in PickOptional(people.Select(p => p.Id).ToArray())
        select new MeasurementResult { Id = new MeasurementId(id), Metric = metric, MeasuredOn = date, Value = value, Unit = unit, Target = target, MeetsTarget = meets, MeasuredBy = measuredBy, Objective = objective, Control = control, Activity = activity, EvaluatedBy = evaluatedBy };

    // ---- Evidence, control tests, monitoring (9.1) and planned changes (6.3) ------------------------------

    private static Gen<string> Digest { get; } =
        Gen.ArrayOf(Gen.Elements("0123456789abcdefABCDEF".ToCharArray()), 64).Select(c => new string(c));

    private static Gen<Uri> ArtefactUri(int i) =>
        Gen.Elements("https://evidence.example.com/reviews/", "file:///exports/", "s3://isms-evidence/", "https://x.example/ä%20b/", "urn:isms:evidence:")
            .Select(prefix => new Uri(prefix + string.Create(CultureInfo.InvariantCulture, $"{i}")));

    /// <summary>Instants from 1834 to 2242 with nanoseconds (the persistence writes them as ISO-8601 UTC).</summary>
    private static Gen<Instant> InstantGen { get; } =
        from seconds in Gen.Choose(int.MinValue, int.MaxValue)
        from nanos in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 999_999_999)))
        select Instant.FromUnixTimeSeconds(seconds * 4L).PlusNanoseconds(nanos);

    private static Gen<RecurrenceSchedule> ScheduleGen { get; } =
        from rule in Gen.Elements("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12", "FREQ=WEEKLY;UNTIL=20301231T235959Z")
        from date in Date.Where(d => d.Year is > 0 and < 9000)
        from second in Gen.Choose(0, 86_399)
        from zone in Gen.Elements("Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham")
        from grace in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 60)))
        select new RecurrenceSchedule { Rule = rule, Start = date.At(LocalTime.FromSecondsSinceMidnight(second)), TimeZone = zone, GraceDays = grace };

    private static Gen<EvidenceItem> EvidenceGen(int i, Person[] people, ControlCatalog catalog, AppliedControl[] controls, Requirement[] requirements, InformationSecurityObjective[] objectives) =>
        from id in IdText("EV", i)
        from title in Text
        from description in OptionalText
        from uri in ArtefactUri(i)
        from digest in Digest
        from mediaType in Optional(Gen.Elements("text/csv", "application/pdf", "application/json"))
        from collectedAt in InstantGen
        from start in Date.Where(d => d.Year < 9000)
        from length in Gen.Choose(0, 400)
        from validFor in OptionalValue(Gen.Choose(0, 800))
        from automated in Bool
        from person in Pick(people)
        from tool in Text
        from version in Gen.Elements("1.0.0", "2.3.1-beta", "2026.11")
        from catalogControls in Subset(catalog.Controls.Select(c => c.Id).Take(8))
        from applied in Subset(controls.Select(c => c.Id).Take(6))
        from reqs in Subset(requirements.Select(r => r.Id).Take(4))
        from objs in Subset(objectives.Select(o => o.Id).Take(4))
        from accepted in Bool
        from acceptor in Pick(people)
        from acceptedAfter in Gen.Choose(0, 60)
        from comment in OptionalText
        select new EvidenceItem
        {
            Id = new EvidenceItemId(id),
            Title = title,
            Description = description,
            Artefact = new ArtefactReference { Location = uri, Sha256 = digest, MediaType = mediaType },
            CollectedAt = collectedAt,
            Period = new EvidencePeriod(start, start.PlusDays(length)),
            ValidUntil = validFor is { } days ? start.PlusDays(days) : null,
            CollectedBy = automated ? EvidenceCollector.Automated(tool, version) : EvidenceCollector.ByPerson(person.Id),
            Controls = catalogControls,
            AppliedControls = applied,
            Requirements = reqs,
            Objectives = objs,
            Acceptance = accepted ? new EvidenceAcceptance { AcceptedBy = acceptor.Id, AcceptedOn = start.PlusDays(acceptedAfter), Comment = comment } : null,
        };

    private static Gen<ControlTest> ControlTestGen(int i, Person[] people, ControlCatalog catalog, AppliedControl[] controls, EvidenceItem[] evidence) =>
        from id in IdText("CT", i)
        from title in Text
        from procedure in Text
        from schedule in ScheduleGen
        from sampleSize in OptionalValue(Gen.Choose(1, 250))
        from owner in PickOptional(people.Select(p => p.Id).ToArray())
        from catalogControls in Subset(catalog.Controls.Select(c => c.Id).Take(6))
        from applied in Subset(controls.Select(c => c.Id).Take(6))
        from resultCount in people.Length == 0 ? Gen.Constant(0) : Gen.Choose(0, 4)
        from results in Gen.CollectToArray(Enumerable.Range(0, resultCount).Select(_ =>
            from testedOn in Date
            from tester in Pick(people)
            from outcome in EnumGen<ControlTestOutcome>()
            from sampled in OptionalValue(Gen.Choose(0, 250))
            from findings in TextList
            from resultEvidence in Subset(evidence.Select(e => e.Id).Take(5))
            select new ControlTestResult { TestedOn = testedOn, Tester = tester.Id, Outcome = outcome, SampleTested = sampled, Findings = findings, Evidence = resultEvidence }))
        select new ControlTest { Id = new ControlTestId(id), Title = title, Procedure = procedure, Schedule = schedule, SampleSize = sampleSize, Owner = owner, Controls = catalogControls, AppliedControls = applied, Results = [.. results] };

    private static Gen<MonitoringActivity> ActivityGen(int i, Person[] people, InformationSecurityObjective[] objectives, AppliedControl[] controls) =>
        from id in IdText("MON", i)
        from subject in Text
        from method in Text
        from schedule in ScheduleGen
        from measuredBy in PickOptional(people.Select(p => p.Id).ToArray())
        from evaluatedBy in PickOptional(people.Select(p => p.Id).ToArray())
        from objs in Subset(objectives.Select(o => o.Id).Take(4))
        from applied in Subset(controls.Select(c => c.Id).Take(4))
        select new MonitoringActivity { Id = new MonitoringActivityId(id), Subject = subject, Method = method, Schedule = schedule, MeasuredBy = measuredBy, EvaluatedBy = evaluatedBy, Objectives = objs, AppliedControls = applied };

    private static Gen<PlannedChange> PlannedChangeGen(int i, Person[] people) =>
        from id in IdText("CHG", i)
        from title in Text
        from purpose in OptionalText
        from consequences in OptionalText
        from resources in OptionalText
        from responsible in PickOptional(people.Select(p => p.Id).ToArray())
        from status in EnumGen<PlannedChangeStatus>()
        from plannedFor in OptionalValue(Date)
        from approvedBy in PickOptional(people.Select(p => p.Id).ToArray())
        from approvedOn in OptionalValue(Date.Where(d => d.Year < 9000))
        from completedAfter in OptionalValue(Gen.Choose(0, 400))
        select new PlannedChange
        {
            Id = new PlannedChangeId(id),
            Title = title,
            Purpose = purpose,
            Consequences = consequences,
            Resources = resources,
            Responsible = responsible,
            Status = status,
            PlannedFor = plannedFor,
            ApprovedBy = approvedBy,
            ApprovedOn = approvedOn,
            CompletedOn = approvedOn is { } approved && completedAfter is { } days ? approved.PlusDays(days) : null,
        };

    private static Gen<AuditProgramme?> ProgrammeGen(Person[] people, DocumentedInformation[] documents) =>
        from title in Text
        from owner in Pick(people)
        from start in Date.Where(d => d.Year < 9000)
        from length in Gen.Choose(0, 3 * 366)
        from approach in OptionalText
        from document in PickOptional(documents.Select(d => d.Id).ToArray())
        from approver in PickOptional(people.Select(p => p.Id).ToArray())
        select (AuditProgramme?)new AuditProgramme { Title = title, Owner = owner.Id, PeriodStart = start, PeriodEnd = start.PlusDays(length), Approach = approach, Document = document, ApprovedBy = approver };

    private static Gen<InternalAudit> AuditGen(int i, Person[] people, Site[] sites, DocumentedInformation[] documents, ControlCatalog catalog, NonconformityId[] nonconformities) =>
        from id in IdText("AU", i)
        from title in Text
        from status in EnumGen<AuditStatus>()
        from planned in Date
        from completed in OptionalValue(Date)
        from lead in Pick(people)
        from auditors in Subset(people.Select(p => p.Id).Take(8))
        from auditees in Subset(people.Select(p => p.Id).Take(8))
        from clauses in Subset(new[] { "4.1", "5.2", "6.1.2", "6.1.3 d", "9.2", "10.2" })
        from controls in Subset(catalog.Controls.Select(c => c.Id).Take(8))
        from auditSites in Subset(sites.Select(s => s.Id))
        from whole in Bool
        from findingCount in Gen.Choose(0, 4)
        from findings in Gen.CollectToArray(Enumerable.Range(0, findingCount).Select(f =>
            from grade in EnumGen<FindingGrade>()
            from description in Text
            from clause in OptionalText
            from control in catalog.Controls.IsEmpty ? Gen.Constant<ControlId?>(null) : PickOptional(catalog.Controls.Select(c => c.Id).Take(20).ToArray())
            from nc in PickOptional(nonconformities)
            select new AuditFinding { Id = new FindingId(string.Create(CultureInfo.InvariantCulture, $"F-{i}.{f}")), Grade = grade, Description = description, Clause = clause, Control = control, Nonconformity = nc }))
        from report in PickOptional(documents.Select(d => d.Id).ToArray())
        select new InternalAudit
        {
            Id = new AuditId(id),
            Title = title,
            Status = status,
            PlannedOn = planned,
            CompletedOn = completed,
            LeadAuditor = lead.Id,
            Auditors = auditors,
            Auditees = auditees,
            Clauses = clauses,
            Controls = controls,
            Sites = auditSites,
            CoversWholeScope = whole,
            Findings = [.. findings],
            Report = report,
        };

    private static Gen<ManagementReview> ReviewGen(int i, Person[] people, DocumentedInformation[] documents) =>
        from id in IdText("MR", i)
        from held in Date
        from chair in Pick(people)
        from attendees in Subset(people.Select(p => p.Id).Take(10))
        from inputs in Subset(Enum.GetValues<ManagementReviewInput>())
        from summaries in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(string.Empty)), (1, Gen.Constant(" ")), (6, Text)), Enum.GetValues<ManagementReviewInput>().Length)
        from decisions in TextList
        from changes in TextList
        from minutes in PickOptional(documents.Select(d => d.Id).ToArray())
        select new ManagementReview
        {
            Id = new ManagementReviewId(id),
            HeldOn = held,
            Chair = chair.Id,
            Attendees = attendees,
            Inputs = inputs.Select((input, k) => KeyValuePair.Create(input, summaries[k])).ToImmutableDictionary(),
            ImprovementDecisions = decisions,
            ChangesToIsms = changes,
            Minutes = minutes,
        };

    private static Gen<Nonconformity> NonconformityGen(NonconformityId id, int i, Person[] people, FindingId[] findings) =>
        from description in Text
        from source in EnumGen<NonconformitySource>()
        from finding in PickOptional(findings)
        from grade in OptionalValue(EnumGen<FindingGrade>())
        from raised in Date
        from owner in Pick(people)
        from correction in OptionalText
        from rootCause in OptionalText
        from actionCount in Gen.Choose(0, 3)
        from actions in Gen.CollectToArray(Enumerable.Range(0, actionCount).Select(a =>
            from text in Text
            from actionOwner in Pick(people)
            from due in Date
            from done in OptionalValue(Date)
            select new CorrectiveAction { Id = new CorrectiveActionId(string.Create(CultureInfo.InvariantCulture, $"CA-{i}.{a}")), Description = text, Owner = actionOwner.Id, Due = due, CompletedOn = done }))
        from verified in Bool
        from verifier in Pick(people)
        from verifiedOn in Date
        from effective in Bool
        from method in Text
        from closed in OptionalValue(Date)
        select new Nonconformity
        {
            Id = id,
            Description = description,
            Source = source,
            Finding = finding,
            Grade = grade,
            RaisedOn = raised,
            Owner = owner.Id,
            Correction = correction,
            RootCause = rootCause,
            CorrectiveActions = [.. actions],
            Verification = verified ? new EffectivenessVerification { VerifiedBy = verifier.Id, VerifiedOn = verifiedOn, Effective = effective, Method = method } : null,
            ClosedOn = verified && effective ? closed : null,
        };
}
