using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core;

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
    /// <exception cref="CertificationException">A field is empty or out of range, or two sites share a name (code <c>ISMS-CERT-002</c>, naming the field as <see cref="IsmsException.Member"/>).</exception>
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
        const string Code = CertificationErrorCodes.InvalidApplication;
        OrganisationName = Require.Text(organisationName, Code, nameof(CertificationApplication), nameof(OrganisationName));
        Activities = Require.Text(activities, Code, nameof(CertificationApplication), nameof(Activities));
        ScopeStatement = Require.Text(scopeStatement, Code, nameof(CertificationApplication), nameof(ScopeStatement));
        if (personsUnderControl <= 0)
        {
            throw Require.Fail(
                Code,
                nameof(CertificationApplication),
                nameof(PersonsUnderControl),
                personsUnderControl.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Application of '{organisationName}': {nameof(PersonsUnderControl)} must be positive, was {personsUnderControl}.");
        }

        PersonsUnderControl = personsUnderControl;
        Sites = [.. sites];
        if (Sites.IsEmpty)
        {
            throw Require.Fail(Code, nameof(CertificationApplication), nameof(Sites), null, $"Application of '{organisationName}': {nameof(Sites)} must name at least one site.");
        }

        for (var i = 0; i < Sites.Length; i++)
        {
            if (Sites[i] is null)
            {
                throw Require.Fail(Code, nameof(CertificationApplication), $"{nameof(Sites)}[{i}]", null, $"Application of '{organisationName}': {nameof(Sites)}[{i}] is null.");
            }

            for (var j = 0; j < i; j++)
            {
                if (Sites[j].Name == Sites[i].Name)
                {
                    throw Require.Fail(
                        Code,
                        nameof(CertificationApplication),
                        $"{nameof(Sites)}[{i}].{nameof(ApplicationSite.Name)}",
                        Sites[i].Name,
                        $"Application of '{organisationName}': {nameof(Sites)} name '{Sites[i].Name}' twice.");
                }
            }
        }

        Edition = Require.Defined(edition, Code, nameof(CertificationApplication), nameof(Edition));
        ApplicableThemes = applicableThemes is null
            ? [AnnexATheme.Organizational, AnnexATheme.People, AnnexATheme.Physical, AnnexATheme.Technological]
            : [.. applicableThemes.Distinct().Order()];
        foreach (var theme in ApplicableThemes)
        {
            Require.Defined(theme, Code, nameof(CertificationApplication), nameof(ApplicableThemes));
        }
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
}
