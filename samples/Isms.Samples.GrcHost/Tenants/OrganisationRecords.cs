using Isms.Certification.Lifecycle;
using Isms.Core;

namespace Isms.Samples.GrcHost.Tenants;

/// <summary>What a GRC platform keeps for one client organisation: its ISMS and, once it applied, its certification record.</summary>
/// <param name="Key">The organisation's key (document name prefix), e.g. <c>harbour-bank</c>.</param>
/// <param name="Isms">The ISMS document.</param>
/// <param name="Certification">The certification record, or null before the organisation applies.</param>
public sealed record OrganisationRecords(string Key, InformationSecurityManagementSystem Isms, CertificationRecord? Certification);
