namespace Isms.Oscal.Crosswalks;

/// <summary>How far the ISMS covers one control of a target framework.</summary>
public enum CoverageStatus
{
    /// <summary>An ISO control related by a full relationship (equal or superset, by default) is applicable, implemented and effective.</summary>
    Covered,

    /// <summary>Related ISO controls are in place or partly in place, but none with a full relationship that is fully in place.</summary>
    Partial,

    /// <summary>No related ISO control is in place (or none is related).</summary>
    NotCovered,

    /// <summary>Every related ISO control is excluded in the Statement of Applicability.</summary>
    NotApplicable,
}
