using System.Collections.Immutable;

namespace Isms.Core.Catalogs.Data;

/// <summary>
/// ISO/IEC 27001:2013 Annex A: 114 controls with clause (the theme), control objective (the group) and title. Data, not
/// a format: the model reads no files. Sources and verification: docs/catalogs.md; pinned by VerifiedTableDigestTests.
/// </summary>
internal static class Iso27001v2013AnnexATable
{
    /// <summary>The controls in the standard's order.</summary>
    public static ImmutableArray<CatalogControl> Controls() =>
    [
        // A.5 Information security policies
        Row("A.5.1.1", "A.5 Information security policies", "A.5.1 Management direction for information security", "Policies for information security"),
        Row("A.5.1.2", "A.5 Information security policies", "A.5.1 Management direction for information security", "Review of the policies for information security"),
        // A.6 Organization of information security
        Row("A.6.1.1", "A.6 Organization of information security", "A.6.1 Internal organization", "Information security roles and responsibilities"),
        Row("A.6.1.2", "A.6 Organization of information security", "A.6.1 Internal organization", "Segregation of duties"),
        Row("A.6.1.3", "A.6 Organization of information security", "A.6.1 Internal organization", "Contact with authorities"),
        Row("A.6.1.4", "A.6 Organization of information security", "A.6.1 Internal organization", "Contact with special interest groups"),
        Row("A.6.1.5", "A.6 Organization of information security", "A.6.1 Internal organization", "Information security in project management"),
        Row("A.6.2.1", "A.6 Organization of information security", "A.6.2 Mobile devices and teleworking", "Mobile device policy"),
        Row("A.6.2.2", "A.6 Organization of information security", "A.6.2 Mobile devices and teleworking", "Teleworking"),
        // A.7 Human resource security
        Row("A.7.1.1", "A.7 Human resource security", "A.7.1 Prior to employment", "Screening"),
        Row("A.7.1.2", "A.7 Human resource security", "A.7.1 Prior to employment", "Terms and conditions of employment"),
        Row("A.7.2.1", "A.7 Human resource security", "A.7.2 During employment", "Management responsibilities"),
        Row("A.7.2.2", "A.7 Human resource security", "A.7.2 During employment", "Information security awareness, education and training"),
        Row("A.7.2.3", "A.7 Human resource security", "A.7.2 During employment", "Disciplinary process"),
        Row("A.7.3.1", "A.7 Human resource security", "A.7.3 Termination and change of employment", "Termination or change of employment responsibilities"),
        // A.8 Asset management
        Row("A.8.1.1", "A.8 Asset management", "A.8.1 Responsibility for assets", "Inventory of assets"),
        Row("A.8.1.2", "A.8 Asset management", "A.8.1 Responsibility for assets", "Ownership of assets"),
        Row("A.8.1.3", "A.8 Asset management", "A.8.1 Responsibility for assets", "Acceptable use of assets"),
        Row("A.8.1.4", "A.8 Asset management", "A.8.1 Responsibility for assets", "Return of assets"),
        Row("A.8.2.1", "A.8 Asset management", "A.8.2 Information classification", "Classification of information"),
        Row("A.8.2.2", "A.8 Asset management", "A.8.2 Information classification", "Labelling of information"),
        Row("A.8.2.3", "A.8 Asset management", "A.8.2 Information classification", "Handling of assets"),
        Row("A.8.3.1", "A.8 Asset management", "A.8.3 Media handling", "Management of removable media"),
        Row("A.8.3.2", "A.8 Asset management", "A.8.3 Media handling", "Disposal of media"),
        Row("A.8.3.3", "A.8 Asset management", "A.8.3 Media handling", "Physical media transfer"),
        // A.9 Access control
        Row("A.9.1.1", "A.9 Access control", "A.9.1 Business requirements of access control", "Access control policy"),
        Row("A.9.1.2", "A.9 Access control", "A.9.1 Business requirements of access control", "Access to networks and network services"),
        Row("A.9.2.1", "A.9 Access control", "A.9.2 User access management", "User registration and de-registration"),
        Row("A.9.2.2", "A.9 Access control", "A.9.2 User access management", "User access provisioning"),
        Row("A.9.2.3", "A.9 Access control", "A.9.2 User access management", "Management of privileged access rights"),
        Row("A.9.2.4", "A.9 Access control", "A.9.2 User access management", "Management of secret authentication information of users"),
        Row("A.9.2.5", "A.9 Access control", "A.9.2 User access management", "Review of user access rights"),
        Row("A.9.2.6", "A.9 Access control", "A.9.2 User access management", "Removal or adjustment of access rights"),
        Row("A.9.3.1", "A.9 Access control", "A.9.3 User responsibilities", "Use of secret authentication information"),
        Row("A.9.4.1", "A.9 Access control", "A.9.4 System and application access control", "Information access restriction"),
        Row("A.9.4.2", "A.9 Access control", "A.9.4 System and application access control", "Secure log-on procedures"),
        Row("A.9.4.3", "A.9 Access control", "A.9.4 System and application access control", "Password management system"),
        Row("A.9.4.4", "A.9 Access control", "A.9.4 System and application access control", "Use of privileged utility programs"),
        Row("A.9.4.5", "A.9 Access control", "A.9.4 System and application access control", "Access control to program source code"),
        // A.10 Cryptography
        Row("A.10.1.1", "A.10 Cryptography", "A.10.1 Cryptographic controls", "Policy on the use of cryptographic controls"),
        Row("A.10.1.2", "A.10 Cryptography", "A.10.1 Cryptographic controls", "Key management"),
        // A.11 Physical and environmental security
        Row("A.11.1.1", "A.11 Physical and environmental security", "A.11.1 Secure areas", "Physical security perimeter"),
        Row("A.11.1.2", "A.11 Physical and environmental security", "A.11.1 Secure areas", "Physical entry controls"),
        Row("A.11.1.3", "A.11 Physical and environmental security", "A.11.1 Secure areas", "Securing offices, rooms and facilities"),
        Row("A.11.1.4", "A.11 Physical and environmental security", "A.11.1 Secure areas", "Protecting against external and environmental threats"),
        Row("A.11.1.5", "A.11 Physical and environmental security", "A.11.1 Secure areas", "Working in secure areas"),
        Row("A.11.1.6", "A.11 Physical and environmental security", "A.11.1 Secure areas", "Delivery and loading areas"),
        Row("A.11.2.1", "A.11 Physical and environmental security", "A.11.2 Equipment", "Equipment siting and protection"),
        Row("A.11.2.2", "A.11 Physical and environmental security", "A.11.2 Equipment", "Supporting utilities"),
        Row("A.11.2.3", "A.11 Physical and environmental security", "A.11.2 Equipment", "Cabling security"),
        Row("A.11.2.4", "A.11 Physical and environmental security", "A.11.2 Equipment", "Equipment maintenance"),
        Row("A.11.2.5", "A.11 Physical and environmental security", "A.11.2 Equipment", "Removal of assets"),
        Row("A.11.2.6", "A.11 Physical and environmental security", "A.11.2 Equipment", "Security of equipment and assets off-premises"),
        Row("A.11.2.7", "A.11 Physical and environmental security", "A.11.2 Equipment", "Secure disposal or re-use of equipment"),
        Row("A.11.2.8", "A.11 Physical and environmental security", "A.11.2 Equipment", "Unattended user equipment"),
        Row("A.11.2.9", "A.11 Physical and environmental security", "A.11.2 Equipment", "Clear desk and clear screen policy"),
        // A.12 Operations security
        Row("A.12.1.1", "A.12 Operations security", "A.12.1 Operational procedures and responsibilities", "Documented operating procedures"),
        Row("A.12.1.2", "A.12 Operations security", "A.12.1 Operational procedures and responsibilities", "Change management"),
        Row("A.12.1.3", "A.12 Operations security", "A.12.1 Operational procedures and responsibilities", "Capacity management"),
        Row("A.12.1.4", "A.12 Operations security", "A.12.1 Operational procedures and responsibilities", "Separation of development, testing and operational environments"),
        Row("A.12.2.1", "A.12 Operations security", "A.12.2 Protection from malware", "Controls against malware"),
        Row("A.12.3.1", "A.12 Operations security", "A.12.3 Backup", "Information backup"),
        Row("A.12.4.1", "A.12 Operations security", "A.12.4 Logging and monitoring", "Event logging"),
        Row("A.12.4.2", "A.12 Operations security", "A.12.4 Logging and monitoring", "Protection of log information"),
        Row("A.12.4.3", "A.12 Operations security", "A.12.4 Logging and monitoring", "Administrator and operator logs"),
        Row("A.12.4.4", "A.12 Operations security", "A.12.4 Logging and monitoring", "Clock synchronization"),
        Row("A.12.5.1", "A.12 Operations security", "A.12.5 Control of operational software", "Installation of software on operational systems"),
        Row("A.12.6.1", "A.12 Operations security", "A.12.6 Technical vulnerability management", "Management of technical vulnerabilities"),
        Row("A.12.6.2", "A.12 Operations security", "A.12.6 Technical vulnerability management", "Restrictions on software installation"),
        Row("A.12.7.1", "A.12 Operations security", "A.12.7 Information systems audit considerations", "Information systems audit controls"),
        // A.13 Communications security
        Row("A.13.1.1", "A.13 Communications security", "A.13.1 Network security management", "Network controls"),
        Row("A.13.1.2", "A.13 Communications security", "A.13.1 Network security management", "Security of network services"),
        Row("A.13.1.3", "A.13 Communications security", "A.13.1 Network security management", "Segregation in networks"),
        Row("A.13.2.1", "A.13 Communications security", "A.13.2 Information transfer", "Information transfer policies and procedures"),
        Row("A.13.2.2", "A.13 Communications security", "A.13.2 Information transfer", "Agreements on information transfer"),
        Row("A.13.2.3", "A.13 Communications security", "A.13.2 Information transfer", "Electronic messaging"),
        Row("A.13.2.4", "A.13 Communications security", "A.13.2 Information transfer", "Confidentiality or non-disclosure agreements"),
        // A.14 System acquisition, development and maintenance
        Row("A.14.1.1", "A.14 System acquisition, development and maintenance", "A.14.1 Security requirements of information systems", "Information security requirements analysis and specification"),
        Row("A.14.1.2", "A.14 System acquisition, development and maintenance", "A.14.1 Security requirements of information systems", "Securing application services on public networks"),
        Row("A.14.1.3", "A.14 System acquisition, development and maintenance", "A.14.1 Security requirements of information systems", "Protecting application services transactions"),
        Row("A.14.2.1", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "Secure development policy"),
        Row("A.14.2.2", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "System change control procedures"),
        Row("A.14.2.3", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "Technical review of applications after operating platform changes"),
        Row("A.14.2.4", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "Restrictions on changes to software packages"),
        Row("A.14.2.5", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "Secure system engineering principles"),
        Row("A.14.2.6", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "Secure development environment"),
        Row("A.14.2.7", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "Outsourced development"),
        Row("A.14.2.8", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "System security testing"),
        Row("A.14.2.9", "A.14 System acquisition, development and maintenance", "A.14.2 Security in development and support processes", "System acceptance testing"),
        Row("A.14.3.1", "A.14 System acquisition, development and maintenance", "A.14.3 Test data", "Protection of test data"),
        // A.15 Supplier relationships
        Row("A.15.1.1", "A.15 Supplier relationships", "A.15.1 Information security in supplier relationships", "Information security policy for supplier relationships"),
        Row("A.15.1.2", "A.15 Supplier relationships", "A.15.1 Information security in supplier relationships", "Addressing security within supplier agreements"),
        Row("A.15.1.3", "A.15 Supplier relationships", "A.15.1 Information security in supplier relationships", "Information and communication technology supply chain"),
        Row("A.15.2.1", "A.15 Supplier relationships", "A.15.2 Supplier service delivery management", "Monitoring and review of supplier services"),
        Row("A.15.2.2", "A.15 Supplier relationships", "A.15.2 Supplier service delivery management", "Managing changes to supplier services"),
        // A.16 Information security incident management
        Row("A.16.1.1", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Responsibilities and procedures"),
        Row("A.16.1.2", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Reporting information security events"),
        Row("A.16.1.3", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Reporting information security weaknesses"),
        Row("A.16.1.4", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Assessment of and decision on information security events"),
        Row("A.16.1.5", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Response to information security incidents"),
        Row("A.16.1.6", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Learning from information security incidents"),
        Row("A.16.1.7", "A.16 Information security incident management", "A.16.1 Management of information security incidents and improvements", "Collection of evidence"),
        // A.17 Information security aspects of business continuity management
        Row("A.17.1.1", "A.17 Information security aspects of business continuity management", "A.17.1 Information security continuity", "Planning information security continuity"),
        Row("A.17.1.2", "A.17 Information security aspects of business continuity management", "A.17.1 Information security continuity", "Implementing information security continuity"),
        Row("A.17.1.3", "A.17 Information security aspects of business continuity management", "A.17.1 Information security continuity", "Verify, review and evaluate information security continuity"),
        Row("A.17.2.1", "A.17 Information security aspects of business continuity management", "A.17.2 Redundancies", "Availability of information processing facilities"),
        // A.18 Compliance
        Row("A.18.1.1", "A.18 Compliance", "A.18.1 Compliance with legal and contractual requirements", "Identification of applicable legislation and contractual requirements"),
        Row("A.18.1.2", "A.18 Compliance", "A.18.1 Compliance with legal and contractual requirements", "Intellectual property rights"),
        Row("A.18.1.3", "A.18 Compliance", "A.18.1 Compliance with legal and contractual requirements", "Protection of records"),
        Row("A.18.1.4", "A.18 Compliance", "A.18.1 Compliance with legal and contractual requirements", "Privacy and protection of personally identifiable information"),
        Row("A.18.1.5", "A.18 Compliance", "A.18.1 Compliance with legal and contractual requirements", "Regulation of cryptographic controls"),
        Row("A.18.2.1", "A.18 Compliance", "A.18.2 Information security reviews", "Independent review of information security"),
        Row("A.18.2.2", "A.18 Compliance", "A.18.2 Information security reviews", "Compliance with security policies and standards"),
        Row("A.18.2.3", "A.18 Compliance", "A.18.2 Information security reviews", "Technical compliance review"),
    ];

    private static CatalogControl Row(string id, string clause, string objective, string title) =>
        new(new ControlId(id), clause, title) { Group = objective };
}
