namespace Isms.Certification.Lifecycle;

/// <summary>A certification body's preference for when surveillance audits fall due (CB policy).</summary>
public enum SurveillanceTiming
{
    /// <summary>Each surveillance is due by the anniversary of the certification decision (year 1 and year 2).</summary>
    AnniversaryOfDecision = 0,

    /// <summary>The first is due within 12 months of the decision; the second by 31 December of the following calendar year.</summary>
    CalendarYear = 1,
}
