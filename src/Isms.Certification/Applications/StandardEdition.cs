namespace Isms.Certification.Applications;

/// <summary>The edition of ISO/IEC 27001 a certificate is issued against.</summary>
/// <remarks>
/// <para>IAF MD 26: the transition from the 2013 edition ended on 31 October 2025; 2013-edition certificates are
/// no longer valid after that day (<see cref="Lifecycle.CertificationRules.Edition2013LastValidDay"/>).</para>
/// </remarks>
public enum StandardEdition
{
    /// <summary>ISO/IEC 27001:2022 (with Amendment 1:2024).</summary>
    Edition2022 = 0,

    /// <summary>ISO/IEC 27001:2013, withdrawn; certificates invalid after 31 October 2025 (IAF MD 26).</summary>
    Edition2013 = 1,
}
