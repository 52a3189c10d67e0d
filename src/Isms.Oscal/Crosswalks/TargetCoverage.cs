using System.Collections.Immutable;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>The coverage of one target control: its status and the ISO controls behind it.</summary>
/// <param name="Target">The target control (e.g. <c>GV.PO-01</c>).</param>
/// <param name="Status">The coverage.</param>
/// <param name="Support">Every related ISO control (not-related entries left out), in crosswalk order.</param>
/// <param name="ForReview">
/// The related ISO controls in place or partly in place whose relationship is not a full one (subset, intersects):
/// listed for a person to review, never counted as coverage.
/// </param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TargetCoverage(ControlId Target, CoverageStatus Status, ImmutableArray<CoverageSupport> Support, ImmutableArray<CoverageSupport> ForReview);
