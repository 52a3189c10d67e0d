using System.Globalization;
using System.Text;
using Isms.Certification;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using Isms.Serialization.Persistence;
using Isms.Serialization.Reading;
using NodaTime;
using NodaTime.Text;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Serialization.Formats;

/// <summary>
/// Maps a certification record to and from its <c>certification-record</c> persistence record. The record's state is
/// owned by the lifecycle, so it is never read from the document: the history is replayed event by event with
/// <see cref="CertificationLifecycle.Replay(CertificationRecord, CertificationEvent)"/> under the stored policy, and the
/// stored current state is then checked against the replayed one.
/// </summary>
internal static class CertificationMapping
{
    private static readonly CertificationPolicyDto DefaultPolicyDto = ToDto(CertificationBodyPolicy.Default);

    private static readonly Lazy<CertificationLifecycle> DefaultLifecycle = new(() => new CertificationLifecycle(NoClock.Instance, CertificationBodyPolicy.Default));

    // ----------------------------------------------------------------------------------------------- writing

    public static CertificationRecordDto ToDto(CertificationRecord record, CertificationBodyPolicy policy, int schemaVersion, string kind)
    {
        var policyDto = ToDto(policy);
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(policyDto.TimeZone) is null)
        {
            throw new ArgumentException(
                $"CertificationBodyPolicy.TimeZone '{policyDto.TimeZone}' is not an IANA (tzdb) time zone; a certification-record document stores the zone by its tzdb id.",
                nameof(policy));
        }

        // Never write a document that cannot be read back: the history must replay under the policy written with it.
        CertificationRecord replayed;
        try
        {
            replayed = LifecycleFor(policy).Replay(record.Application, record.OpenedAt, record.History);
        }
        catch (CertificationException ex)
        {
            throw new ArgumentException(
                $"The certification record of '{record.Application.OrganisationName}' does not replay under the policy it would be written with ('{policy.CertificationBodyName}'): {ex.Message} "
                + "Write a CertificationRecordDocument with the policy the record was run under, or set IsmsDocumentOptions.CertificationBodyPolicy.",
                nameof(record),
                ex);
        }

        if (!replayed.Equals(record))
        {
            throw new ArgumentException($"The certification record of '{record.Application.OrganisationName}' is not the record its history replays to.", nameof(record));
        }

        return new CertificationRecordDto
        {
            SchemaVersion = schemaVersion,
            Kind = kind,
            Policy = policyDto,
            Application = ToDto(record.Application),
            OpenedAt = record.OpenedAt,
            History = [.. record.History.Select(ToDto)],
            Current = CurrentOf(record),
        };
    }

    private static CertificationPolicyDto ToDto(CertificationBodyPolicy policy) => new()
    {
        CertificationBodyName = policy.CertificationBodyName,
        MaxStage1ToStage2Interval = policy.MaxStage1ToStage2Interval,
        DaysToCloseMajors = policy.DaysToCloseMajors,
        SuspensionCap = policy.SuspensionCap,
        SurveillanceTiming = policy.SurveillanceTiming.ToString(),
        DueWindowDays = policy.DueWindowDays,
        RecertificationAuditLeadDays = policy.RecertificationAuditLeadDays,
        TimeZone = policy.TimeZone.Id,
    };

    private static CertificationApplicationDto ToDto(CertificationApplication application) => new()
    {
        OrganisationName = application.OrganisationName,
        Activities = application.Activities,
        PersonsUnderControl = application.PersonsUnderControl,
        Sites = [.. application.Sites.Select(s => new ApplicationSiteDto { Name = s.Name, Processes = [.. s.Processes], IsCentralFunction = s.IsCentralFunction })],
        ScopeStatement = application.ScopeStatement,
        Edition = application.Edition.ToString(),
        ApplicableThemes = [.. application.ApplicableThemes.Select(t => t.ToString())],
    };

    private static CertificationEventDto ToDto(CertificationEvent e)
    {
        var dto = new CertificationEventDto
        {
            At = e.At,
            On = e.On,
            Trigger = e.Trigger.ToString(),
            From = e.From.ToString(),
            To = e.To.ToString(),
            Actor = e.Actor.ToString(),
            Note = e.Note,
        };
        return e.Payload switch
        {
            null => dto,
            ApplicationReview p => dto with { ApplicationReview = new() { ReviewedOn = p.ReviewedOn, Reviewer = p.Reviewer.Value, Reason = p.Reason } },
            AuditPlan p => dto with
            {
                AuditPlan = new()
                {
                    Kind = p.Kind.ToString(),
                    FirstDay = p.FirstDay,
                    LastDay = p.LastDay,
                    Team = [.. p.Team.Select(m => new AuditTeamMemberDto { Name = m.Person.Value, Role = m.Role.ToString() })],
                    Clauses = [.. p.Clauses],
                    Themes = [.. p.Themes.Select(t => t.ToString())],
                    Sites = [.. p.Sites],
                    Processes = [.. p.Processes],
                    AuditorDays = p.AuditorDays,
                },
            },
            Stage1Report p => dto with
            {
                Stage1Report = new()
                {
                    FirstDay = p.FirstDay,
                    LastDay = p.LastDay,
                    LeadAuditor = p.LeadAuditor.Value,
                    Outcome = p.Outcome.ToString(),
                    Gaps = [.. p.Gaps.Select(g => new Stage1GapDto { Code = g.Code, Clause = g.Clause, Description = g.Description })],
                },
            },
            AuditReport p => dto with { AuditReport = ToDto(p) },
            CorrectionVerification p => dto with
            {
                CorrectionVerification = new() { ReviewedOn = p.ReviewedOn, ReviewedBy = p.ReviewedBy.Value, Findings = [.. p.Findings.Select(f => f.Value)], Outcome = p.Outcome.ToString() },
            },
            CertificationDecision p => dto with { Decision = new() { DecidedOn = p.DecidedOn, DecidedBy = p.DecidedBy.Value, CertificateNumber = p.CertificateNumber?.Value, Reason = p.Reason } },
            ScopeChange p => dto with
            {
                ScopeChange = new() { EffectiveOn = p.EffectiveOn, NewScope = p.NewScope, Reason = p.Reason, SpecialAudit = p.SpecialAudit is null ? null : ToDto(p.SpecialAudit) },
            },
            TransferRequest p => dto with
            {
                Transfer = new() { ReviewedOn = p.ReviewedOn, Reviewer = p.Reviewer.Value, NewCertificationBody = p.NewCertificationBody, NewCertificateNumber = p.NewCertificateNumber.Value },
            },
            SuspensionNotice p => dto with { Suspension = new() { EffectiveOn = p.EffectiveOn, Reason = p.Reason.ToString(), Detail = p.Detail } },
            Reinstatement p => dto with { Reinstatement = new() { EffectiveOn = p.EffectiveOn, Basis = p.Basis } },
            WithdrawalNotice p => dto with { Withdrawal = new() { EffectiveOn = p.EffectiveOn, Reason = p.Reason.ToString(), Detail = p.Detail } },
            _ => throw new ArgumentException($"Event {e.Trigger}: the payload type {e.Payload.GetType().Name} has no form in the certification-record format.", nameof(e)),
        };
    }

    private static AuditReportDto ToDto(AuditReport report) => new()
    {
        Kind = report.Kind.ToString(),
        FirstDay = report.FirstDay,
        LastDay = report.LastDay,
        LeadAuditor = report.LeadAuditor.Value,
        Findings = [.. report.Findings.Select(f => new CertificationFindingDto { Id = f.Id.Value, Grade = f.Grade.ToString(), Clause = f.Clause, Description = f.Description })],
    };

    private static CertificationCurrentDto CurrentOf(CertificationRecord record) => new()
    {
        State = record.State.ToString(),
        Certificate = record.Certificate is { } c
            ? new CertificateDto
            {
                Number = c.Number.Value,
                CertificationBody = c.CertificationBody,
                Scope = c.Scope,
                Edition = c.Edition.ToString(),
                IssueDate = c.IssueDate,
                ExpiryDate = c.ExpiryDate,
                CycleStart = c.CycleStart,
            }
            : null,
        LastEventAt = record.LastEventAt,
        LastEventDate = record.LastEventDate,
        LastStage1Day = record.LastStage1Day,
        LastStage2Day = record.LastStage2Day,
        SurveillancesInCycle = record.SurveillancesInCycle,
        SuspendedOn = record.SuspendedOn,
        SuspensionReason = record.SuspensionReason?.ToString(),
        OpenMajorCount = record.OpenMajorCount,
        OpenMinorCount = record.OpenMinorCount,
        Findings = [.. record.Findings.Select(f => new FindingRecordDto
        {
            Id = f.Finding.Id.Value,
            Grade = f.Finding.Grade.ToString(),
            RaisedIn = f.RaisedIn.ToString(),
            RaisedOn = f.RaisedOn,
            Status = f.Status.ToString(),
            ClosedOn = f.ClosedOn,
        })],
    };

    // ----------------------------------------------------------------------------------------------- reading

    public static (CertificationRecord Record, CertificationBodyPolicy Policy) FromDto(CertificationRecordDto dto)
    {
        var policy = FromDto(dto.Policy, "$.policy");
        var lifecycle = LifecycleFor(policy);
        var application = FromDto(dto.Application, "$.application");
        var record = IsmsFormat.Entity("$.openedAt", () => CertificationRecord.Open(application, dto.OpenedAt));
        for (var i = 0; i < dto.History.Count; i++)
        {
            var path = Mapping.Item("$.history", i);
            var e = FromDto(dto.History[i], path);
            try
            {
                record = lifecycle.Replay(record, e);
            }
            catch (CertificationException ex)
            {
                throw new MappingException(
                    DocumentErrorCodes.HistoryDoesNotReplay,
                    ReplayErrorPath(path, e, ex.Error),
                    $"the event does not replay: {ex.Code} {(ex.InnerException ?? ex).Message.TrimEnd('.')}",
                    "an event the certification lifecycle accepts after the events before it",
                    ex);
            }
        }

        CheckCurrent(dto.Current, CurrentOf(record));
        return (record, policy);
    }

    private static CertificationBodyPolicy FromDto(CertificationPolicyDto dto, string path)
    {
        if (dto == DefaultPolicyDto)
        {
            return CertificationBodyPolicy.Default;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(dto.TimeZone)
            ?? throw new MappingException(DocumentErrorCodes.InvalidValue, path + ".timeZone", $"'{DocumentScanner.Truncate(dto.TimeZone)}' is not a time zone", "an IANA (tzdb) time zone id such as UTC or Europe/London");
        var policy = new CertificationBodyPolicy
        {
            CertificationBodyName = dto.CertificationBodyName,
            MaxStage1ToStage2Interval = dto.MaxStage1ToStage2Interval,
            DaysToCloseMajors = dto.DaysToCloseMajors,
            SuspensionCap = dto.SuspensionCap,
            SurveillanceTiming = IsmsFormat.Enum<SurveillanceTiming>(dto.SurveillanceTiming, path + ".surveillanceTiming"),
            DueWindowDays = dto.DueWindowDays,
            RecertificationAuditLeadDays = dto.RecertificationAuditLeadDays,
            TimeZone = zone,
        };
        try
        {
            policy.Validate();
        }
        catch (CertificationException ex)
        {
            // The error names the option (CertificationBodyPolicy.DaysToCloseMajors): point at its member.
            var memberPath = ex.EntityKind == nameof(CertificationBodyPolicy) ? MemberPath(path, ex.Member) : path;
            throw new MappingException(DocumentErrorCodes.InvalidValue, memberPath, "the value breaks a rule of the model: " + ex.Message.TrimEnd('.'), null, ex);
        }

        return policy;
    }

    private static CertificationApplication FromDto(CertificationApplicationDto dto, string path)
    {
        var sites = dto.Sites.Select((s, i) => Build(Mapping.Item(path + ".sites", i), () => new ApplicationSite(s.Name, s.Processes, s.IsCentralFunction))).ToList();
        var edition = IsmsFormat.Enum<StandardEdition>(dto.Edition, path + ".edition");
        var themes = dto.ApplicableThemes.Select((t, i) => IsmsFormat.Enum<AnnexATheme>(t, Mapping.Item(path + ".applicableThemes", i))).ToList();
        return Build(path, () => new CertificationApplication(dto.OrganisationName, dto.Activities, dto.PersonsUnderControl, sites, dto.ScopeStatement, edition, themes));
    }

    private static CertificationEvent FromDto(CertificationEventDto dto, string path)
    {
        var trigger = IsmsFormat.Enum<CertificationTrigger>(dto.Trigger, path + ".trigger");
        var from = IsmsFormat.Enum<CertificationState>(dto.From, path + ".from");
        var to = IsmsFormat.Enum<CertificationState>(dto.To, path + ".to");
        var member = PayloadMember(trigger);
        object?[] values =
        [
            dto.ApplicationReview, dto.AuditPlan, dto.Stage1Report, dto.AuditReport, dto.CorrectionVerification, dto.Decision,
            dto.ScopeChange, dto.Transfer, dto.Suspension, dto.Reinstatement, dto.Withdrawal,
        ];
        var members = PayloadMembers.Zip(values, (name, value) => (Name: name, Value: value));
        foreach (var (name, value) in members)
        {
            if (value is not null && name != member)
            {
                throw new MappingException(
                    DocumentErrorCodes.InvalidValue,
                    path + "." + name,
                    member is null ? $"trigger {trigger} is time-driven and carries no payload, but the event has '{name}'" : $"trigger {trigger} carries '{member}', not '{name}'",
                    member is null ? "no payload member" : $"'{member}' only");
            }
        }

        var payloadPath = path + "." + member;
        TriggerPayload? payload = member switch
        {
            null => null,
            "applicationReview" when dto.ApplicationReview is { } p => Build(payloadPath, () => new ApplicationReview(p.ReviewedOn, Person(p.Reviewer, payloadPath + ".reviewer"), p.Reason)),
            "auditPlan" when dto.AuditPlan is { } p => FromDto(p, payloadPath),
            "stage1Report" when dto.Stage1Report is { } p => FromDto(p, payloadPath),
            "auditReport" when dto.AuditReport is { } p => FromDto(p, payloadPath),
            "correctionVerification" when dto.CorrectionVerification is { } p => FromDto(p, payloadPath),
            "decision" when dto.Decision is { } p => Build(payloadPath, () => new CertificationDecision(p.DecidedOn, Person(p.DecidedBy, payloadPath + ".decidedBy"), p.CertificateNumber is null ? null : Number(p.CertificateNumber, payloadPath + ".certificateNumber"), p.Reason)),
            "scopeChange" when dto.ScopeChange is { } p => FromDto(p, payloadPath),
            "transfer" when dto.Transfer is { } p => Build(payloadPath, () => new TransferRequest(p.ReviewedOn, Person(p.Reviewer, payloadPath + ".reviewer"), p.NewCertificationBody, Number(p.NewCertificateNumber, payloadPath + ".newCertificateNumber"))),
            "suspension" when dto.Suspension is { } p => FromDto(p, payloadPath),
            "reinstatement" when dto.Reinstatement is { } p => Build(payloadPath, () => new Reinstatement(p.EffectiveOn, p.Basis)),
            "withdrawal" when dto.Withdrawal is { } p => FromDto(p, payloadPath),
            _ => throw new MappingException(
                DocumentErrorCodes.MissingMember,
                path,
                $"the event has no '{member}' member (the payload of trigger {trigger})",
                $"'{member}'"),
        };
        var actor = IsmsFormat.Entity(path + ".actor", () => Actor.Parse(dto.Actor));
        return Build(path, () => new CertificationEvent(dto.At, dto.On, trigger, from, to, actor, dto.Note, payload));
    }

    /// <summary>The payload members an event may have, in the order of <see cref="CertificationEventDto"/>.</summary>
    internal static readonly string[] PayloadMembers =
    [
        "applicationReview", "auditPlan", "stage1Report", "auditReport", "correctionVerification", "decision", "scopeChange",
        "transfer", "suspension", "reinstatement", "withdrawal",
    ];

    /// <summary>The event member that holds the payload of <paramref name="trigger"/>, or null for a time-driven trigger.</summary>
    internal static string? PayloadMember(CertificationTrigger trigger) => trigger switch
    {
        CertificationTrigger.AcceptApplication or CertificationTrigger.DeclineApplication => "applicationReview",
        CertificationTrigger.PlanAudit => "auditPlan",
        CertificationTrigger.CompleteStage1 => "stage1Report",
        CertificationTrigger.CompleteStage2 or CertificationTrigger.CompleteSurveillance or CertificationTrigger.CompleteRecertificationAudit
            or CertificationTrigger.CompleteTransitionAudit or CertificationTrigger.CompleteRestorationAudit => "auditReport",
        CertificationTrigger.VerifyCorrections => "correctionVerification",
        CertificationTrigger.Grant or CertificationTrigger.Refuse => "decision",
        CertificationTrigger.ExtendScope or CertificationTrigger.ReduceScope => "scopeChange",
        CertificationTrigger.Transfer => "transfer",
        CertificationTrigger.Suspend => "suspension",
        CertificationTrigger.Reinstate => "reinstatement",
        CertificationTrigger.Withdraw => "withdrawal",
        _ => null,
    };

    private static AuditPlan FromDto(AuditPlanDto p, string path)
    {
        var kind = IsmsFormat.Enum<AuditKind>(p.Kind, path + ".kind");
        var team = p.Team.Select((m, i) =>
        {
            var memberPath = Mapping.Item(path + ".team", i);
            var role = IsmsFormat.Enum<AuditRole>(m.Role, memberPath + ".role");
            return Build(memberPath, () => new AuditTeamMember(Person(m.Name, memberPath + ".name"), role));
        }).ToList();
        var themes = p.Themes.Select((t, i) => IsmsFormat.Enum<AnnexATheme>(t, Mapping.Item(path + ".themes", i))).ToList();
        return Build(path, () => new AuditPlan(kind, p.FirstDay, p.LastDay, team, p.Clauses, themes, p.Sites, p.Processes, p.AuditorDays));
    }

    private static Stage1Report FromDto(Stage1ReportDto p, string path)
    {
        var outcome = IsmsFormat.Enum<Stage1Outcome>(p.Outcome, path + ".outcome");
        var gaps = p.Gaps.Select((g, i) => Build(Mapping.Item(path + ".gaps", i), () => new Stage1Gap(g.Code, g.Clause, g.Description))).ToList();
        return Build(path, () => new Stage1Report(p.FirstDay, p.LastDay, Person(p.LeadAuditor, path + ".leadAuditor"), outcome, gaps));
    }

    private static AuditReport FromDto(AuditReportDto p, string path)
    {
        var kind = IsmsFormat.Enum<AuditKind>(p.Kind, path + ".kind");
        var findings = p.Findings.Select((f, i) =>
        {
            var findingPath = Mapping.Item(path + ".findings", i);
            var grade = IsmsFormat.Enum<FindingGrade>(f.Grade, findingPath + ".grade");
            var id = IsmsFormat.Entity(findingPath + ".id", () => new FindingId(f.Id));
            return Build(findingPath, () => new Finding(id, grade, f.Clause, f.Description));
        }).ToList();
        return Build(path, () => new AuditReport(kind, p.FirstDay, p.LastDay, Person(p.LeadAuditor, path + ".leadAuditor"), findings));
    }

    private static CorrectionVerification FromDto(CorrectionVerificationDto p, string path)
    {
        var outcome = IsmsFormat.Enum<CorrectionOutcome>(p.Outcome, path + ".outcome");
        var ids = p.Findings.Select((f, i) => IsmsFormat.Entity(Mapping.Item(path + ".findings", i), () => new FindingId(f))).ToList();
        return Build(path, () => new CorrectionVerification(p.ReviewedOn, Person(p.ReviewedBy, path + ".reviewedBy"), ids, outcome));
    }

    private static ScopeChange FromDto(ScopeChangeDto p, string path)
    {
        var special = p.SpecialAudit is null ? null : FromDto(p.SpecialAudit, path + ".specialAudit");
        return Build(path, () => new ScopeChange(p.EffectiveOn, p.NewScope, p.Reason, special));
    }

    private static SuspensionNotice FromDto(SuspensionNoticeDto p, string path)
    {
        var reason = IsmsFormat.Enum<SuspensionReason>(p.Reason, path + ".reason");
        return Build(path, () => new SuspensionNotice(p.EffectiveOn, reason, p.Detail));
    }

    private static WithdrawalNotice FromDto(WithdrawalNoticeDto p, string path)
    {
        var reason = IsmsFormat.Enum<WithdrawalReason>(p.Reason, path + ".reason");
        return Build(path, () => new WithdrawalNotice(p.EffectiveOn, reason, p.Detail));
    }

    /// <summary>
    /// Runs a domain constructor of <typeparamref name="T"/> for the object at <paramref name="path"/>. A model error is an
    /// error at that path, extended by the member the error names when the error is about a <typeparamref name="T"/>
    /// (<c>AuditReport.LastDay</c> at <c>$.history[4].auditReport</c> is <c>$.history[4].auditReport.lastDay</c>).
    /// </summary>
    private static T Build<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (IsmsException ex)
        {
            var at = ex.EntityKind == typeof(T).Name ? MemberPath(path, ex.Member) : path;
            throw new MappingException(DocumentErrorCodes.InvalidValue, at, "the value breaks a rule of the model: " + ex.Message.TrimEnd('.'), null, ex);
        }
    }

    private static PersonId Person(string id, string path) => IsmsFormat.Entity(path, () => new PersonId(id));

    private static CertificateNumber Number(string number, string path) => IsmsFormat.Entity(path, () => new CertificateNumber(number));

    /// <summary>
    /// Where in the event at <paramref name="eventPath"/> a replay error is: the event member it names
    /// (<c>CertificationEvent.Actor</c> is <c>.actor</c>), or the payload member (<c>AuditReport.Kind</c> is
    /// <c>.auditReport.kind</c>), else the event.
    /// </summary>
    private static string ReplayErrorPath(string eventPath, CertificationEvent e, IsmsError error)
    {
        var payloadMember = PayloadMember(e.Trigger);
        return error switch
        {
            { EntityKind: nameof(CertificationEvent), Member: nameof(CertificationEvent.Payload) } when payloadMember is not null => eventPath + "." + payloadMember,
            { EntityKind: nameof(CertificationEvent), Member: { } member } when member != nameof(CertificationEvent.Payload) => MemberPath(eventPath, member),
            { EntityKind: { } kind, Member: { } member } when payloadMember is not null && e.Payload is not null && kind == e.Payload.GetType().Name =>
                member == nameof(TriggerPayload.EffectiveDate) ? eventPath + "." + payloadMember : MemberPath(eventPath + "." + payloadMember, member),
            _ => eventPath,
        };
    }

    /// <summary>The JSON path of a model member (<c>Findings[1].Id</c>) below <paramref name="path"/>: each segment in camel case.</summary>
    private static string MemberPath(string path, string? member)
    {
        if (string.IsNullOrEmpty(member))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + member.Length + 1).Append(path).Append('.');
        var start = true;
        foreach (var c in member)
        {
            text.Append(start ? char.ToLowerInvariant(c) : c);
            start = c == '.';
        }

        return text.ToString();
    }

    /// <summary>The stored current state must be exactly the one the history replays to; the first difference is the error.</summary>
    private static void CheckCurrent(CertificationCurrentDto stored, CertificationCurrentDto replayed)
    {
        var expected = Flatten(replayed);
        var actual = Flatten(stored);
        if (stored.Findings.Count != replayed.Findings.Count)
        {
            throw Disagrees("$.current.findings", $"{stored.Findings.Count} findings", $"{replayed.Findings.Count} findings");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!string.Equals(actual[i].Value, expected[i].Value, StringComparison.Ordinal))
            {
                throw Disagrees(actual[i].Path, Show(actual[i].Value), Show(expected[i].Value));
            }
        }

        static string Show(string? value) => value is null ? "no value" : $"'{DocumentScanner.Truncate(value)}'";

        static MappingException Disagrees(string path, string stored, string replayed) => new(
            DocumentErrorCodes.StateDisagreesWithHistory,
            path,
            $"the stored current state says {stored}, but the history replays to {replayed}",
            "the value the history replays to (the current state is derived from the history and never edited)");
    }

    private static List<(string Path, string? Value)> Flatten(CertificationCurrentDto dto)
    {
        static string? Text<T>(T? value)
            where T : struct => value is { } v ? string.Format(CultureInfo.InvariantCulture, "{0}", v) : null;

        static string? Date(LocalDate? value) => value?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        var items = new List<(string, string?)>
        {
            ("$.current.state", dto.State),
            ("$.current.certificate", dto.Certificate is null ? null : "certificate"),
        };
        if (dto.Certificate is { } c)
        {
            items.Add(("$.current.certificate.number", c.Number));
            items.Add(("$.current.certificate.certificationBody", c.CertificationBody));
            items.Add(("$.current.certificate.scope", c.Scope));
            items.Add(("$.current.certificate.edition", c.Edition));
            items.Add(("$.current.certificate.issueDate", Date(c.IssueDate)));
            items.Add(("$.current.certificate.expiryDate", Date(c.ExpiryDate)));
            items.Add(("$.current.certificate.cycleStart", Date(c.CycleStart)));
        }
        else
        {
            // Keep both lists the same length: a certificate on one side only is reported at $.current.certificate.
            for (var i = 0; i < 7; i++)
            {
                items.Add(("$.current.certificate", null));
            }
        }

        items.Add(("$.current.lastEventAt", InstantPattern.ExtendedIso.Format(dto.LastEventAt)));
        items.Add(("$.current.lastEventDate", Date(dto.LastEventDate)));
        items.Add(("$.current.lastStage1Day", Date(dto.LastStage1Day)));
        items.Add(("$.current.lastStage2Day", Date(dto.LastStage2Day)));
        items.Add(("$.current.surveillancesInCycle", Text<int>(dto.SurveillancesInCycle)));
        items.Add(("$.current.suspendedOn", Date(dto.SuspendedOn)));
        items.Add(("$.current.suspensionReason", dto.SuspensionReason));
        items.Add(("$.current.openMajorCount", Text<int>(dto.OpenMajorCount)));
        items.Add(("$.current.openMinorCount", Text<int>(dto.OpenMinorCount)));
        for (var i = 0; i < dto.Findings.Count; i++)
        {
            var f = dto.Findings[i];
            var path = Mapping.Item("$.current.findings", i);
            items.Add((path + ".id", f.Id));
            items.Add((path + ".grade", f.Grade));
            items.Add((path + ".raisedIn", f.RaisedIn));
            items.Add((path + ".raisedOn", Date(f.RaisedOn)));
            items.Add((path + ".status", f.Status));
            items.Add((path + ".closedOn", Date(f.ClosedOn)));
        }

        return items;
    }

    private static CertificationLifecycle LifecycleFor(CertificationBodyPolicy policy) =>
        ReferenceEquals(policy, CertificationBodyPolicy.Default) ? DefaultLifecycle.Value : new CertificationLifecycle(NoClock.Instance, policy);

    /// <summary>Replay takes every instant from the events; a lifecycle still needs a clock, which must never be read.</summary>
    private sealed class NoClock : IClock
    {
        public static NoClock Instance { get; } = new();

        public Instant GetCurrentInstant() => throw new InvalidOperationException("Replaying a certification record does not read the clock.");
    }
}
