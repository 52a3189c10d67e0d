using System.Collections.Immutable;

namespace Isms.Core.Organisation;

/// <summary>
/// A site of the organisation with the processes performed there, as the certification application asks for it
/// (and as multi-site sampling under IAF MD 1 needs it).
/// <para>ISO/IEC 27001:2022 clause 4.3 (scope: locations); ISO/IEC 27006-1 application review.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record Site : IEntity<SiteId>
{
    /// <summary>The site's id.</summary>
    public required SiteId Id { get; init => field = Check.Id(value, "Site.Id"); }

    /// <summary>The site's name, e.g. <c>Berlin headquarters</c>.</summary>
    public required string Name { get; init => field = Check.Text(value, "Site.Name"); }

    /// <summary>The postal address.</summary>
    public required string Address { get; init => field = Check.Text(value, "Site.Address"); }

    /// <summary>The processes performed at the site (e.g. <c>Software development</c>, <c>24x7 operations</c>).</summary>
    public ImmutableArray<string> Processes { get; init => field = Check.List(value, "Site.Processes"); } = [];

    /// <summary>The number of persons working at the site, when known.</summary>
    public int? Persons { get; init => field = value is { } v ? Check.AtLeast(v, 0, "Site.Persons") : null; }

    /// <summary>True for the central function (head office) of a multi-site organisation (IAF MD 1).</summary>
    public bool IsCentralFunction { get; init; }
}
