using Isms.Certification.AuditTime;
using Isms.Certification.Lifecycle;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Risk.Quantitative;
using Isms.Serialization;
using Isms.Serialization.Storage;

namespace Isms.Extensions.DependencyInjection;

/// <summary>
/// The choices an application makes once for every Isms.Core service it resolves: the certification body's policy,
/// the readiness intervals, the audit-time table, the default simulation settings, the document limits and the
/// control catalogs beyond ISO/IEC 27001:2022 Annex A.
/// </summary>
/// <remarks>
/// <para>Configure with <c>services.AddIsms(options => ...)</c> or, as with any options type,
/// <c>services.Configure&lt;IsmsOptions&gt;(...)</c> or configuration binding. Every property has a documented default,
/// so <c>services.AddIsms()</c> alone gives a working set of services.</para>
/// <para>Validated when the first service that depends on it is resolved (and at host start when the host runs
/// <c>ValidateOnStart</c> checks): a bad value raises <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
/// naming the option.</para>
/// </remarks>
/// <threadsafety>A mutable options object: configure it from one thread. The services read it once, when they are
/// created.</threadsafety>
public sealed class IsmsOptions
{
    /// <summary>
    /// The certification body's policy used by the registered <see cref="CertificationLifecycle"/>
    /// (Stage 1 to Stage 2 interval, days to close majors, suspension cap...). Default
    /// <see cref="CertificationBodyPolicy.Default"/>.
    /// </summary>
    /// <remarks>ISO/IEC 17021-1 leaves these to the certification body; see docs/certification.md.</remarks>
    public CertificationBodyPolicy CertificationBodyPolicy { get; set; } = CertificationBodyPolicy.Default;

    /// <summary>The intervals the registered <see cref="ReadinessAnalyzer"/> applies (audits, management reviews,
    /// reassessment...; <see cref="ReadinessAnalyzer.Options"/>). Default <see cref="ReadinessOptions.Default"/>: twelve
    /// months each.</summary>
    public ReadinessOptions Readiness { get; set; } = ReadinessOptions.Default;

    /// <summary>The options of the evidence rules <c>AddIsms</c> registers (Isms.Evidence: expiry warning, expansion
    /// limit; no audit date, since a host serves many records). Default <see cref="Isms.Evidence.EvidenceOptions.Default"/>.</summary>
    public Isms.Evidence.EvidenceOptions Evidence { get; set; } = Isms.Evidence.EvidenceOptions.Default;

    /// <summary>The audit-time table of the registered <see cref="AuditTimeCalculator"/>. Default
    /// <see cref="AuditTimeTable.Iso27006"/>; a certification body may supply its own.</summary>
    public AuditTimeTable AuditTimeTable { get; set; } = AuditTimeTable.Iso27006;

    /// <summary>The options of a run of the registered <see cref="FairSimulator"/> that names none
    /// (<see cref="FairSimulator.Defaults"/>: iterations, seed, percentiles...). Default <c>new SimulationOptions()</c>:
    /// 100,000 iterations, unseeded.</summary>
    public SimulationOptions Simulation { get; set; } = new();

    /// <summary>The limits of the registered <see cref="IsmsDocumentSerializer"/> (depth, size, items). Default
    /// <c>new IsmsDocumentOptions()</c>. When its <see cref="IsmsDocumentOptions.CertificationBodyPolicy"/> is null, the
    /// serializer writes certification records with <see cref="CertificationBodyPolicy"/> (the registered lifecycle's).</summary>
    public IsmsDocumentOptions Documents { get; set; } = new();

    /// <summary>The choices of the registered <see cref="DocumentFileStore"/> (retained versions, lock timeout).
    /// Default <c>new DocumentFileStoreOptions()</c>.</summary>
    public DocumentFileStoreOptions FileStore { get; set; } = new();

    /// <summary>
    /// When <see langword="true"/> (the default), the registered <see cref="ControlCatalogSet"/> starts from
    /// <see cref="ControlCatalogSet.Default"/> (ISO/IEC 27001:2022 and 2013 Annex A); when <see langword="false"/>, it
    /// holds only the catalogs added with <c>AddCatalog</c>.
    /// </summary>
    public bool IncludeAnnexA { get; set; } = true;
}
