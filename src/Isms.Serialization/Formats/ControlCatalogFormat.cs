using System.Text.Json.Serialization.Metadata;
using Isms.Core.Catalogs;
using Isms.Serialization.Migration;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>The <c>control-catalog</c> kind.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class ControlCatalogFormat : DocumentFormat<ControlCatalog, ControlCatalogDto>
{
    public static ControlCatalogFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.ControlCatalog;

    public override int CurrentVersion => 2;

    public override IReadOnlyList<DocumentMigration> Migrations { get; } = [new ControlCatalogV1ToV2()];

    protected override JsonTypeInfo<ControlCatalogDto> TypeInfo(IsmsJsonContext context) => context.ControlCatalogDto;

    protected override ControlCatalogDto ToDto(ControlCatalog model) => new()
    {
        SchemaVersion = CurrentVersion,
        Kind = Kind,
        Id = model.Id,
        Name = model.Name,
        Source = model.Source,
        Controls = model.Controls.Select(c => new CatalogControlDto { Id = c.Id.Value, Theme = c.Theme, Title = c.Title }).ToList(),
    };

    protected override ControlCatalog FromDto(ControlCatalogDto dto)
    {
        var controls = FromDto(dto.Controls, "$.controls");
        try
        {
            return new ControlCatalog(dto.Id, dto.Name, dto.Source, controls);
        }
        catch (ArgumentException ex)
        {
            throw Mapping.Invalid("$", ex);
        }
    }

    internal static CatalogControl[] FromDto(IReadOnlyList<CatalogControlDto> dtos, string path)
    {
        var controls = new CatalogControl[dtos.Count];
        var seen = new Dictionary<string, int>(dtos.Count, StringComparer.Ordinal);
        for (var i = 0; i < controls.Length; i++)
        {
            var dto = dtos[i];
            if (!seen.TryAdd(dto.Id, i))
            {
                throw Mapping.DuplicateId(Mapping.Item(path, i) + ".id", dto.Id, Mapping.Item(path, seen[dto.Id]) + ".id");
            }

            try
            {
                controls[i] = new CatalogControl(new ControlId(dto.Id), dto.Theme, dto.Title);
            }
            catch (ArgumentException ex)
            {
                throw Mapping.Invalid(Mapping.Item(path, i), ex.ParamName == "value" ? new ArgumentException(ex.Message, "id", ex) : ex);
            }
        }

        return controls;
    }
}
