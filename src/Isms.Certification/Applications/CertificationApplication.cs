using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Certification.Applications;

/// <summary>
/// The application form an organisation submits to a certification body: who it is, what it does, how many persons
/// do work under its control, where, and the scope it wants certified. Usable without the rest of the ISMS model: a
/// certification body's own system may fill it from its CRM.
/// </summary>
/// <remarks>
/// <para>ISO/IEC 17021-1:2015 clause 9.1.1 (application) and ISO/IEC 27006-1 clause 9.1.1.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record CertificationApplication
{
    /// <summary>Creates and validates an application.</summary>
    /// <param name="organisationName">The organisation's legal name.</param>
    /// <param name="activities">The nature of its activities.</param>
    /// <param name="personsUnderControl">The number of persons doing work under its control (positive).</param>
    /// <param name="sites">The sites in scope (at least one), with their processes.</param>
    /// <param name="scopeStatement">The scope to be certified (ISO/IEC 27001:2022 clause 4.3).</param>
    /// <param name="edition">The edition of ISO/IEC 27001 applied for.</param>
    /// <param name="applicableThemes">The Annex A themes applicable in the Statement of Applicability; all four when null.</param>
    /// <exception cref="CertificationException">A field is empty or out of range (code <c>ISMS-CERT-002</c>); the message names the field.</exception>
    public CertificationApplication(
        string organisationName,
        string activities,
        int personsUnderControl,
        IEnumerable<ApplicationSite> sites,
        string scopeStatement,
        StandardEdition edition = StandardEdition.Edition2022,
        IEnumerable<AnnexATheme>? applicableThemes = null)
    {
        Guard.Against.Null(sites);
        OrganisationName = Require(organisationName, nameof(OrganisationName));
        Activities = Require(activities, nameof(Activities));
        ScopeStatement = Require(scopeStatement, nameof(ScopeStatement));
        if (personsUnderControl <= 0)
        {
            throw new CertificationException(
                CertificationErrorCodes.InvalidApplication,
                $"Application of '{organisationName}': {nameof(PersonsUnderControl)} must be positive, was {personsUnderControl}.");
        }

        PersonsUnderControl = personsUnderControl;
        Sites = [.. sites];
        if (Sites.IsEmpty)
        {
            throw new CertificationException(
                CertificationErrorCodes.InvalidApplication,
                $"Application of '{organisationName}': {nameof(Sites)} must name at least one site.");
        }

        Edition = edition;
        ApplicableThemes = applicableThemes is null
            ? [AnnexATheme.Organizational, AnnexATheme.People, AnnexATheme.Physical, AnnexATheme.Technological]
            : [.. applicableThemes.Distinct().Order()];
    }

    /// <summary>The organisation's legal name.</summary>
    public string OrganisationName { get; }

    /// <summary>The nature of its activities.</summary>
    public string Activities { get; }

    /// <summary>The number of persons doing work under the organisation's control (the audit-time basis).</summary>
    public int PersonsUnderControl { get; }

    /// <summary>The sites in scope, with their processes.</summary>
    public ImmutableArray<ApplicationSite> Sites { get; }

    /// <summary>The scope to be certified.</summary>
    public string ScopeStatement { get; }

    /// <summary>The edition of ISO/IEC 27001 applied for.</summary>
    public StandardEdition Edition { get; }

    /// <summary>The applicable Annex A themes, in enum order.</summary>
    public ImmutableArray<AnnexATheme> ApplicableThemes { get; }

    /// <summary>Every process in scope across all sites, distinct, in order of first appearance.</summary>
    public IEnumerable<string> AllProcesses => Sites.SelectMany(s => s.Processes).Distinct(StringComparer.Ordinal);

    private static string Require(string value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new CertificationException(CertificationErrorCodes.InvalidApplication, $"Application: {field} must not be empty, was '{value}'.")
            : value;
}
