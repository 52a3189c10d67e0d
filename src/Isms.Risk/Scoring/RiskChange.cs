using Isms.Core;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Scoring;

/// <summary>How one risk differs between two scored registers.</summary>
/// <param name="RiskId">The risk.</param>
/// <param name="Title">Its title (from the later register when present).</param>
/// <param name="Before">Its level in the earlier register, or null when new.</param>
/// <param name="After">Its level in the later register, or null when closed.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskChange(RiskId RiskId, string Title, RiskLevel? Before, RiskLevel? After);
