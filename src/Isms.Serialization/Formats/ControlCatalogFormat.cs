using System.Text.Json.Serialization.Metadata;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;
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

    /// <summary>The catalog as a record (embedded by the <c>isms</c> kind).</summary>
    public ControlCatalogDto ToRecord(ControlCatalog model) => ToDto(model);

    /// <summary>The catalog from a record (embedded by the <c>isms</c> kind), checking the embedded envelope.</summary>
    public ControlCatalog FromRecord(ControlCatalogDto dto)
    {
        CheckEmbeddedEnvelope(dto);
        return FromDto(dto);
    }

    protected override JsonTypeInfo<ControlCatalogDto> TypeInfo(IsmsJsonContext context) => context.ControlCatalogDto;

    protected override ControlCatalogDto ToDto(ControlCatalog model) => new()
    {
        SchemaVersion = CurrentVersion,
        Kind = Kind,
        Id = model.Id,
        Name = model.Name,
        Source = model.Source,
        Controls = model.Controls.Select(ToDto).ToList(),
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

    private static CatalogControlDto ToDto(CatalogControl c) => new()
    {
        Id = c.Id.Value,
        Theme = c.Theme,
        Title = c.Title,
        Group = c.Group,
        NewIn2022 = c.IsNewIn2022 ? true : null,
        Attributes = c.Attributes is not { } a ? null : new ControlAttributesDto
        {
            ControlTypes = Iso27002Hashtags.Names(a.ControlTypes),
            Properties = Iso27002Hashtags.Names(a.Properties),
            Concepts = Iso27002Hashtags.Names(a.Concepts),
            Capabilities = Iso27002Hashtags.Names(a.Capabilities),
            Domains = Iso27002Hashtags.Names(a.Domains),
        },
    };

    private static Iso27002Attributes FromDto(ControlAttributesDto dto, string path) => new(
        Flags<ControlTypes>(dto.ControlTypes, path + ".controlTypes", Iso27002Hashtags.TryParse, Iso27002Hashtags.AllControlTypes.Select(v => Iso27002Hashtags.Names(v)[0])),
        Flags<InformationSecurityProperties>(dto.Properties, path + ".properties", Iso27002Hashtags.TryParse, Iso27002Hashtags.AllProperties.Select(v => Iso27002Hashtags.Names(v)[0])),
        Flags<CybersecurityConcepts>(dto.Concepts, path + ".concepts", Iso27002Hashtags.TryParse, Iso27002Hashtags.AllConcepts.Select(v => Iso27002Hashtags.Names(v)[0])),
        Flags<OperationalCapabilities>(dto.Capabilities, path + ".capabilities", Iso27002Hashtags.TryParse, Iso27002Hashtags.AllCapabilities.Select(v => Iso27002Hashtags.Names(v)[0])),
        Flags<SecurityDomains>(dto.Domains, path + ".domains", Iso27002Hashtags.TryParse, Iso27002Hashtags.AllDomains.Select(v => Iso27002Hashtags.Names(v)[0])));

    private delegate bool TryParse<T>(string? text, out T value);

    private static T Flags<T>(IReadOnlyList<string> names, string path, TryParse<T> parse, IEnumerable<string> allowed)
        where T : struct, Enum
    {
        ulong bits = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (!parse(names[i], out var value))
            {
                throw new MappingException(DocumentErrorCodes.InvalidValue, Mapping.Item(path, i), $"'{names[i]}' is not an ISO/IEC 27002:2022 attribute value here", "one of " + string.Join(", ", allowed));
            }

            var bit = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            if ((bits & bit) != 0)
            {
                throw new MappingException(DocumentErrorCodes.InvalidValue, Mapping.Item(path, i), $"'{names[i]}' is listed twice", "each value once");
            }

            bits |= bit;
        }

        return (T)Enum.ToObject(typeof(T), bits);
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

            ControlId id;
            try
            {
                id = new ControlId(dto.Id);
            }
            catch (ArgumentException ex)
            {
                // The id is checked on its own, so its refusal is placed at the id whatever the guard names its parameter.
                throw Mapping.Invalid(Mapping.Item(path, i) + ".id", ex, withParameter: false);
            }

            try
            {
                controls[i] = new CatalogControl(id, dto.Theme, dto.Title)
                {
                    Group = dto.Group,
                    IsNewIn2022 = dto.NewIn2022 ?? false,
                    Attributes = dto.Attributes is null ? null : FromDto(dto.Attributes, Mapping.Item(path, i) + ".attributes"),
                };
            }
            catch (ArgumentException ex)
            {
                throw Mapping.Invalid(Mapping.Item(path, i), ex);
            }
        }

        return controls;
    }
}
