namespace Isms.Core.Context;

/// <summary>The kind of an interested party. <para>ISO/IEC 27001:2022 clause 4.2 a.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum InterestedPartyKind
{
    /// <summary>Customers and clients.</summary>
    Customer,

    /// <summary>Regulators and supervisory authorities.</summary>
    Regulator,

    /// <summary>Suppliers, cloud providers, subcontractors.</summary>
    Supplier,

    /// <summary>Employees and contractors.</summary>
    Employee,

    /// <summary>Shareholders, owners, investors.</summary>
    Shareholder,

    /// <summary>Partners (resellers, banks, card schemes...).</summary>
    Partner,

    /// <summary>Legislators and the public sector.</summary>
    Government,

    /// <summary>Insurers.</summary>
    Insurer,

    /// <summary>Anyone else.</summary>
    Other,
}
