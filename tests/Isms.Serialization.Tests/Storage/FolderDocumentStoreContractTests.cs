using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using Isms.Testing.Storage;
using NodaTime;

namespace Isms.Serialization.Tests.Storage;

/// <summary>The store contract run against <see cref="FolderDocumentStore"/> on real files.</summary>
public sealed class FolderDocumentStoreContractTests : DocumentStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    /// <inheritdoc/>
    protected override IIsmsDocumentStore CreateStore(IClock clock) => new FolderDocumentStore(_folder.FullName, clock: clock);

    public void Dispose() => _folder.Dispose();
}
