namespace Isms.Core.Catalogs;

/// <summary>
/// The four themes of ISO/IEC 27001:2022 Annex A; the value is the clause of ISO/IEC 27002:2022 that holds the theme
/// (5 Organizational, 6 People, 7 Physical, 8 Technological).
/// <para>ISO/IEC 27001:2022 Annex A, Table A.1; ISO/IEC 27002:2022 clause 4.1.</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public enum Iso27001Theme
{
    /// <summary>Organizational controls, 5.1 to 5.37 (37 controls).</summary>
    Organizational = 5,

    /// <summary>People controls, 6.1 to 6.8 (8 controls).</summary>
    People = 6,

    /// <summary>Physical controls, 7.1 to 7.14 (14 controls).</summary>
    Physical = 7,

    /// <summary>Technological controls, 8.1 to 8.34 (34 controls).</summary>
    Technological = 8,
}
