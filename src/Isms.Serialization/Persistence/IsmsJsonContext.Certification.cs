using Isms.Certification.Lifecycle;

namespace Isms.Serialization.Persistence;

/// <content>The writer's choice that is not a JSON option: the policy a bare certification record is written with.</content>
internal sealed partial class IsmsJsonContext
{
    /// <summary><see cref="IsmsDocumentOptions.CertificationBodyPolicy"/> of the serializer that owns this context.</summary>
    public CertificationBodyPolicy? CertificationBodyPolicy { get; init; }
}
