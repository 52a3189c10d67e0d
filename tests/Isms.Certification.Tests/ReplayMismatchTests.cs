using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Performance;
using NodaTime;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

/// <summary>
/// A stored history is data that anyone with write access to a file or a row can edit. Replay must refuse every edit the
/// engine would not have recorded, and say which member of which event is wrong so an operator can find it: these tests
/// tamper with one member of one event each and check the code, the member and the value the error names.
/// </summary>
public sealed class ReplayMismatchTests
{
    private readonly CertificationLifecycle _lifecycle = Engine();

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Granted 29 Feb 2024, no surveillance held: the clock suspends the certificate on 1 Mar 2025.</summary>
    private (CertificationRecord Before, CertificationEvent Missed) SurveillanceMissed()
    {
        var advanced = _lifecycle.Advance(Certified(_lifecycle, D(2024, 2, 29)), At(2025, 4, 1));
        var index = advanced.History.FindIndex(e => e.Trigger == CertificationTrigger.SurveillanceMissed);
        Assert.True(index > 0);
        var before = advanced.History.Take(index).Aggregate(CertificationRecord.Open(advanced.Application, advanced.OpenedAt), _lifecycle.Replay);
        return (before, advanced.History[index]);
    }

    [Fact]
    public void The_untampered_time_driven_event_replays()
    {
        var (before, missed) = SurveillanceMissed();

        var after = _lifecycle.Replay(before, missed);

        Assert.Equal(CertificationState.Suspended, after.State);
        Assert.Equal(missed, after.History[^1]);
    }

    [Fact]
    public void An_event_whose_trigger_is_not_a_trigger_of_the_lifecycle_is_refused_naming_the_trigger()
    {
        var (before, missed) = SurveillanceMissed();

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, missed with { Trigger = (CertificationTrigger)99 }));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.Trigger), ex.Member);
        Assert.Equal("99", ex.Value);
        Assert.Equal(before.History.Count, ex.EventIndex);
    }

    [Fact]
    public void An_event_that_starts_from_another_state_than_the_record_s_is_refused_naming_From()
    {
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var stage2 = record.History.FindIndex(e => e.Trigger == CertificationTrigger.CompleteStage2);
        var before = record.History.Take(stage2).Aggregate(CertificationRecord.Open(record.Application, record.OpenedAt), _lifecycle.Replay);

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, record.History[stage2] with { From = CertificationState.Applied }));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.From), ex.Member);
        Assert.Equal(nameof(CertificationState.Applied), ex.Value);
    }

    [Fact]
    public void A_time_driven_event_recorded_at_an_instant_before_the_last_event_is_refused_naming_At()
    {
        var (before, missed) = SurveillanceMissed();
        var at = before.LastEventAt - Duration.FromHours(1);

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, missed with { At = at }));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal(nameof(CertificationEvent.At), ex.Member);
        Assert.Equal(at.ToString(), ex.Value);
    }

    [Fact]
    public void A_time_driven_event_dated_before_the_last_event_s_day_is_refused_naming_On()
    {
        var (before, missed) = SurveillanceMissed();
        var day = before.LastEventDate!.Value.PlusDays(-1);

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, missed with { On = day }));

        Assert.Equal(CertificationErrorCodes.DatesOutOfOrder, ex.Code);
        Assert.Equal(nameof(CertificationEvent.On), ex.Member);
        Assert.Equal(Iso(day), ex.Value);
    }

    [Fact]
    public void Another_time_driven_trigger_on_the_deadline_s_day_is_refused_naming_the_trigger_that_fires()
    {
        var (before, missed) = SurveillanceMissed();

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, missed with { Trigger = CertificationTrigger.CertificateExpired }));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.On), ex.Member);
        Assert.Equal(Iso(missed.On), ex.Value);
        Assert.Contains($"fires {nameof(CertificationTrigger.SurveillanceMissed)} on {Iso(missed.On)}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_driven_event_dated_after_its_deadline_is_refused_naming_the_day_it_fires()
    {
        // The clock records a deadline on the day it passes, never later: a day late is a different history.
        var (before, missed) = SurveillanceMissed();
        var late = missed with { On = missed.On.PlusDays(3), At = missed.At + Duration.FromDays(3) };

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, late));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.On), ex.Member);
        Assert.Contains($"fires {nameof(CertificationTrigger.SurveillanceMissed)} on {Iso(missed.On)}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_driven_event_recorded_at_another_instant_of_its_day_is_refused_naming_At()
    {
        var (before, missed) = SurveillanceMissed();
        var at = missed.At + Duration.FromMinutes(1);

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, missed with { At = at }));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.At), ex.Member);
        Assert.Equal(at.ToString(), ex.Value);
    }

    [Fact]
    public void A_note_added_to_a_time_driven_event_is_refused_naming_Note()
    {
        var (before, missed) = SurveillanceMissed();

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(before, missed with { Note = "suspended by hand" }));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.Note), ex.Member);
        Assert.Equal("suspended by hand", ex.Value);
    }

    [Fact]
    public void A_person_s_event_without_its_payload_is_refused_saying_none_was_given()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2));
        var grant = _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 10)), D(2024, 3, 10)).History[^1];

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, grant with { Payload = null }));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal(nameof(CertificationEvent.Payload), ex.Member);
        Assert.Null(ex.Value);
        Assert.Contains($"carries a {nameof(CertificationDecision)}, was given none", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_s_event_dated_another_day_than_its_payload_takes_effect_is_refused_naming_On()
    {
        var record = ToAwaitingDecision(_lifecycle, D(2024, 1, 2));
        var grant = _lifecycle.Fire(record, CertificationTriggers.Grant, Decision(D(2024, 3, 10)), D(2024, 3, 10)).History[^1];

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, grant with { On = D(2024, 3, 11) }));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Equal(nameof(CertificationEvent.On), ex.Member);
        Assert.Equal("2024-03-11", ex.Value);
    }

    [Fact]
    public void A_person_s_event_after_a_deadline_the_history_leaves_out_is_refused()
    {
        // A surveillance audit held on 15 Mar 2025 is valid data, but the certificate granted on 29 Feb 2024 was suspended
        // by the clock on 1 Mar 2025 (no audit in the 12 months after the decision): the history must hold that event first.
        var record = Certified(_lifecycle, D(2024, 2, 29));
        var held = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, Report(AuditKind.Surveillance, D(2024, 11, 15)), D(2024, 11, 15)).History[^1];
        var report = Report(AuditKind.Surveillance, D(2025, 3, 15));
        var late = held with { Payload = report, On = D(2025, 3, 15), At = held.At + Period.FromDays((int)Period.Between(D(2024, 11, 15), D(2025, 3, 15), PeriodUnits.Days).Days).ToDuration() };

        var ex = Assert.Throws<CertificationException>(() => _lifecycle.Replay(record, late));

        Assert.Equal(CertificationErrorCodes.ReplayMismatch, ex.Code);
        Assert.Null(ex.Member);
        Assert.Equal(record.History.Count, ex.EventIndex);
        Assert.Contains($"fires {nameof(CertificationTrigger.SurveillanceMissed)} on 2025-03-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_text_clock_reads_as_the_clock_and_any_other_text_as_that_person()
    {
        Assert.Same(Actor.Clock, Actor.Parse(Actor.ClockName));
        Assert.True(Actor.Parse("clock").IsClock);

        var person = Actor.Parse("j.smith");
        Assert.False(person.IsClock);
        Assert.Equal(P("j.smith"), person.Person);
        Assert.Equal("j.smith", person.ToString());
        Assert.Equal(Actor.ClockName, Actor.Clock.ToString());
    }

    [Theory]
    [InlineData("Firewall rule review 🔒 missing")]
    [InlineData("🔒")]
    [InlineData("ends with a pair 🔒")]
    public void Finding_text_with_well_formed_surrogate_pairs_is_accepted(string description)
    {
        var finding = new Finding(new FindingId("NC-1"), FindingGrade.MinorNonconformity, "8.1", description);

        Assert.Equal(description, finding.Description);
    }

    [Theory]
    [InlineData("lone high at the end ", 0xD800, "")]
    [InlineData("", 0xDC00, " lone low first")]
    [InlineData("high then text ", 0xD83D, "x")]
    [InlineData("pair then lone 🔒", 0xDC00, "")]
    public void Finding_text_with_a_lone_surrogate_is_refused_naming_its_index(string before, int surrogate, string after)
    {
        // Built here, not in the attribute: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        var description = before + (char)surrogate + after;

        var ex = Assert.Throws<CertificationException>(() => new Finding(new FindingId("NC-1"), FindingGrade.MinorNonconformity, "8.1", description));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal(nameof(Finding.Description), ex.Member);
        Assert.Contains($"(U+{surrogate:X4}) at index {before.Length}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData("", "''")]
    [InlineData("  ", "'  '")]
    public void An_empty_finding_text_is_refused_quoting_what_was_given(string? description, string quoted)
    {
        var ex = Assert.Throws<CertificationException>(() => new Finding(new FindingId("NC-1"), FindingGrade.MinorNonconformity, "8.1", description!));

        Assert.Equal(CertificationErrorCodes.InvalidPayload, ex.Code);
        Assert.Equal(nameof(Finding.Description), ex.Member);
        Assert.Contains($"(was {quoted})", ex.Message, StringComparison.Ordinal);
    }
}
