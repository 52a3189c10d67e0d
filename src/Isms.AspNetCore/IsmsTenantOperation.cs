namespace Isms.AspNetCore;

/// <summary>What a request does to a tenant's documents, as the <see cref="IIsmsTenantAccess"/> hook is asked.</summary>
public enum IsmsTenantOperation
{
    /// <summary>Reads documents or results computed from them (GET, a simulation).</summary>
    Read,

    /// <summary>Saves a document or fires a certification trigger (PUT, POST events, an entity's PUT or DELETE).</summary>
    Write,

    /// <summary>Deletes the tenant with every document and its history.</summary>
    Delete,
}
