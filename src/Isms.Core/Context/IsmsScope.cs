using System.Collections.Immutable;

namespace Isms.Core.Context;

/// <summary>
/// The scope of the ISMS: the statement as it will appear on the certificate, its boundaries, the interfaces and
/// dependencies between activities performed by the organisation and by others, and the sites covered.
/// <para>ISO/IEC 27001:2022 clause 4.3 (available as documented information).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record IsmsScope
{
    /// <summary>The scope statement, e.g. <c>The development and operation of the PayFlow platform...</c>.</summary>
    public required string Statement { get; init => field = Check.Text(value, "IsmsScope.Statement"); }

    /// <summary>The boundaries: organisational units, processes, locations, systems in and out of scope.</summary>
    public ImmutableArray<string> Boundaries { get; init => field = Check.List(value, "IsmsScope.Boundaries"); } = [];

    /// <summary>Interfaces between activities in scope and those outside (clause 4.3 c).</summary>
    public ImmutableArray<string> Interfaces { get; init => field = Check.List(value, "IsmsScope.Interfaces"); } = [];

    /// <summary>Dependencies on activities performed by other organisations (clause 4.3 c).</summary>
    public ImmutableArray<string> Dependencies { get; init => field = Check.List(value, "IsmsScope.Dependencies"); } = [];

    /// <summary>The sites covered by the scope (each must be a site of the organisation profile).</summary>
    public ImmutableArray<SiteId> Sites { get; init => field = Check.List(value, "IsmsScope.Sites"); } = [];

    /// <summary>What is explicitly out of scope, with the reason.</summary>
    public ImmutableArray<string> Exclusions { get; init => field = Check.List(value, "IsmsScope.Exclusions"); } = [];
}
