namespace Isms.Certification.Applications;

/// <summary>The four themes of ISO/IEC 27001:2022 Annex A, which Stage 2 audit plans must cover when applicable.</summary>
public enum AnnexATheme
{
    /// <summary>Organizational controls 5.1 to 5.37.</summary>
    Organizational = 0,

    /// <summary>People controls 6.1 to 6.8.</summary>
    People = 1,

    /// <summary>Physical controls 7.1 to 7.14.</summary>
    Physical = 2,

    /// <summary>Technological controls 8.1 to 8.34.</summary>
    Technological = 3,
}
