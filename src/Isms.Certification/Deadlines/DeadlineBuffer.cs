using System.Runtime.CompilerServices;

namespace Isms.Certification.Deadlines;

/// <summary>Stack room for the deadlines of one record, so evaluating many records allocates nothing per record.</summary>
[InlineArray(DeadlineCalculator.MaxDeadlines)]
internal struct DeadlineBuffer
{
    private Deadline _element;
}
