using Isms.Certification.Deadlines;
using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// The certification body's next audit as the certification record's deadlines give it: a Stage 2 (the end of the
/// window after Stage 1), a surveillance or a recertification audit, and the last day it may be held.
/// </summary>
/// <param name="Kind">Which deadline: <see cref="DeadlineKind.Stage2Window"/>, <see cref="DeadlineKind.Surveillance"/> or <see cref="DeadlineKind.RecertificationAudit"/>.</param>
/// <param name="Date">The last day the audit may be held; evidence must stay valid until then.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record UpcomingAudit(DeadlineKind Kind, LocalDate Date)
{
    /// <summary>The audit in words, e.g. <c>surveillance audit due by 2027-03-31</c>.</summary>
    public string Description => Kind switch
    {
        DeadlineKind.Stage2Window => "Stage 2 audit",
        DeadlineKind.Surveillance => "surveillance audit",
        _ => "recertification audit",
    } + " due by " + Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
