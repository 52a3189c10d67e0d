using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>A document kind with a typed model and persistence record.</summary>
/// <typeparam name="TModel">The model type (e.g. <c>ControlCatalog</c>).</typeparam>
/// <typeparam name="TDto">The persistence record of the current schema version.</typeparam>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal abstract class DocumentFormat<TModel, TDto> : DocumentFormat
    where TModel : class
    where TDto : DocumentDto
{
    public override Type ModelType => typeof(TModel);

    public override JsonTypeInfo GetTypeInfo(IsmsJsonContext context) => TypeInfo(context);

    public override object Read(ReadOnlySpan<byte> utf8, IsmsJsonContext context)
    {
        var dto = JsonSerializer.Deserialize(utf8, TypeInfo(context))
            ?? throw new MappingException(DocumentErrorCodes.RootNotObject, "$", "the document root is null", "a JSON object");
        return FromDto(dto);
    }

    public override void Write(Utf8JsonWriter writer, object model, IsmsJsonContext context) =>
        JsonSerializer.Serialize(writer, ToDto((TModel)model), TypeInfo(context));

    /// <summary>The persistence record's source-generated metadata.</summary>
    protected abstract JsonTypeInfo<TDto> TypeInfo(IsmsJsonContext context);

    /// <summary>The model as a persistence record of <see cref="DocumentFormat.CurrentVersion"/>.</summary>
    protected abstract TDto ToDto(TModel model);

    /// <summary>The model from a persistence record; throws <see cref="MappingException"/> naming the path.</summary>
    protected abstract TModel FromDto(TDto dto);
}
