using System.Text.Json;
using Isms.Serialization.Persistence;
using Isms.Serialization.Reading;
using Isms.Serialization.Writing;

namespace Isms.Serialization.Formats;

/// <summary>The asset inventory (<c>$.assets</c>) of the <c>isms</c> kind, hand-written (see <see cref="RegisterConverter{T}"/>).</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class AssetRegisterConverter : RegisterConverter<AssetDto>
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Owner = JsonEncodedText.Encode("owner");
    private static readonly JsonEncodedText Site = JsonEncodedText.Encode("site");
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText Classification = JsonEncodedText.Encode("classification");
    private static readonly JsonEncodedText DependsOn = JsonEncodedText.Encode("dependsOn");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Confidentiality = JsonEncodedText.Encode("confidentiality");
    private static readonly JsonEncodedText Integrity = JsonEncodedText.Encode("integrity");
    private static readonly JsonEncodedText Availability = JsonEncodedText.Encode("availability");

    /// <inheritdoc />
    protected override AssetDto ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        string? id = null, name = null, type = null, owner = null, site = null, location = null, description = null;
        CiaDto? classification = null;
        IReadOnlyList<string> dependsOn = [];
        uint seen = 0;
        while (RegisterReader.NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                id = RegisterReader.String(ref reader);
            }
            else if (member.SequenceEqual("name"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                name = RegisterReader.String(ref reader);
            }
            else if (member.SequenceEqual("type"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                type = RegisterReader.String(ref reader);
            }
            else if (member.SequenceEqual("owner"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 3);
                owner = RegisterReader.String(ref reader);
            }
            else if (member.SequenceEqual("site"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 4);
                site = RegisterReader.NullableString(ref reader);
            }
            else if (member.SequenceEqual("location"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 5);
                location = RegisterReader.NullableString(ref reader);
            }
            else if (member.SequenceEqual("classification"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 6);
                RegisterReader.StartObject(ref reader);
                classification = ReadCia(ref reader);
            }
            else if (member.SequenceEqual("dependsOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 7);
                dependsOn = RegisterReader.StringList(ref reader);
            }
            else if (member.SequenceEqual("description"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 8);
                description = RegisterReader.NullableString(ref reader);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        // Required: id, name, type, owner, classification.
        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2) | (1u << 3) | (1u << 6));
        return new AssetDto
        {
            Id = id!,
            Name = name!,
            Type = type!,
            Owner = owner!,
            Site = site,
            Location = location,
            Classification = classification!,
            DependsOn = dependsOn,
            Description = description,
        };
    }

    /// <inheritdoc />
    protected override void WriteItem(Utf8JsonWriter writer, AssetDto item, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, item.Id);
        writer.WriteString(Name, item.Name);
        writer.WriteString(TypeName, item.Type);
        writer.WriteString(Owner, item.Owner);
        RecordWriter.String(writer, Site, item.Site);
        RecordWriter.String(writer, Location, item.Location);
        writer.WritePropertyName(Classification);
        writer.WriteStartObject();
        writer.WriteString(Confidentiality, item.Classification.Confidentiality);
        writer.WriteString(Integrity, item.Classification.Integrity);
        writer.WriteString(Availability, item.Classification.Availability);
        writer.WriteEndObject();
        RecordWriter.Strings(writer, DependsOn, item.DependsOn);
        RecordWriter.String(writer, Description, item.Description);
        writer.WriteEndObject();
    }

    private static CiaDto ReadCia(ref Utf8JsonReader reader)
    {
        string? confidentiality = null, integrity = null, availability = null;
        uint seen = 0;
        while (RegisterReader.NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("confidentiality"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                confidentiality = RegisterReader.String(ref reader);
            }
            else if (member.SequenceEqual("integrity"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                integrity = RegisterReader.String(ref reader);
            }
            else if (member.SequenceEqual("availability"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                availability = RegisterReader.String(ref reader);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        RegisterReader.Require(seen, 0b111);
        return new CiaDto { Confidentiality = confidentiality!, Integrity = integrity!, Availability = availability! };
    }
}
