using System.Text.Json;
using Isms.Serialization.Persistence;
using Isms.Serialization.Reading;
using Isms.Serialization.Writing;
using NodaTime;

namespace Isms.Serialization.Formats;

/// <summary>
/// The risk register (<c>$.risks</c>) of the <c>isms</c> kind, hand-written (see <see cref="RegisterConverter{T}"/>):
/// risks with their assessments, criterion consequences and acceptances; the rare FAIR model goes through the
/// generic metadata.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class RiskRegisterConverter : RegisterConverter<RiskScenarioDto>
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Owner = JsonEncodedText.Encode("owner");
    private static readonly JsonEncodedText Assets = JsonEncodedText.Encode("assets");
    private static readonly JsonEncodedText Threat = JsonEncodedText.Encode("threat");
    private static readonly JsonEncodedText Vulnerability = JsonEncodedText.Encode("vulnerability");
    private static readonly JsonEncodedText Inherent = JsonEncodedText.Encode("inherent");
    private static readonly JsonEncodedText Current = JsonEncodedText.Encode("current");
    private static readonly JsonEncodedText Residual = JsonEncodedText.Encode("residual");
    private static readonly JsonEncodedText Treatment = JsonEncodedText.Encode("treatment");
    private static readonly JsonEncodedText PlannedControls = JsonEncodedText.Encode("plannedControls");
    private static readonly JsonEncodedText AppliedControls = JsonEncodedText.Encode("appliedControls");
    private static readonly JsonEncodedText Acceptance = JsonEncodedText.Encode("acceptance");
    private static readonly JsonEncodedText IdentifiedOn = JsonEncodedText.Encode("identifiedOn");
    private static readonly JsonEncodedText QuantitativeModel = JsonEncodedText.Encode("quantitativeModel");
    private static readonly JsonEncodedText Likelihood = JsonEncodedText.Encode("likelihood");
    private static readonly JsonEncodedText Consequence = JsonEncodedText.Encode("consequence");
    private static readonly JsonEncodedText AssessedOn = JsonEncodedText.Encode("assessedOn");
    private static readonly JsonEncodedText ByCriterion = JsonEncodedText.Encode("byCriterion");
    private static readonly JsonEncodedText Criterion = JsonEncodedText.Encode("criterion");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText AcceptedBy = JsonEncodedText.Encode("acceptedBy");
    private static readonly JsonEncodedText AcceptedOn = JsonEncodedText.Encode("acceptedOn");
    private static readonly JsonEncodedText Rationale = JsonEncodedText.Encode("rationale");
    private static readonly JsonEncodedText ExpiresOn = JsonEncodedText.Encode("expiresOn");
    private static readonly JsonEncodedText AcceptedAssessment = JsonEncodedText.Encode("acceptedAssessment");

    /// <inheritdoc />
    protected override RiskScenarioDto ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        string? id = null, title = null, owner = null, threat = null, vulnerability = null, treatment = null;
        IReadOnlyList<string> assets = [], planned = [], applied = [];
        AssessmentDto? inherent = null, current = null, residual = null;
        AcceptanceDto? acceptance = null;
        FairScenarioDto? quantitative = null;
        LocalDate identifiedOn = default;
        uint seen = 0;
        while (RegisterReader.NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("id"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                id = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("title"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                title = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("owner"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                owner = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("assets"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 3);
                assets = RegisterReader.StringList(ref reader);
            }
            else if (name.SequenceEqual("threat"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 4);
                threat = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("vulnerability"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 5);
                vulnerability = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("inherent"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 6);
                RegisterReader.StartObject(ref reader);
                inherent = ReadAssessment(ref reader, options);
            }
            else if (name.SequenceEqual("current"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 7);
                current = ReadNullableAssessment(ref reader, options);
            }
            else if (name.SequenceEqual("residual"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 8);
                residual = ReadNullableAssessment(ref reader, options);
            }
            else if (name.SequenceEqual("treatment"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 9);
                treatment = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("plannedControls"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 10);
                planned = RegisterReader.StringList(ref reader);
            }
            else if (name.SequenceEqual("appliedControls"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 11);
                applied = RegisterReader.StringList(ref reader);
            }
            else if (name.SequenceEqual("acceptance"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 12);
                acceptance = ReadAcceptance(ref reader, options);
            }
            else if (name.SequenceEqual("identifiedOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 13);
                identifiedOn = RegisterReader.Date(ref reader, options);
            }
            else if (name.SequenceEqual("quantitativeModel"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 14);
                quantitative = RegisterReader.Generic<FairScenarioDto>(ref reader, options);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        // Required: id, title, owner, threat, vulnerability, inherent, treatment, identifiedOn.
        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 9) | (1u << 13));
        return new RiskScenarioDto
        {
            Id = id!,
            Title = title!,
            Owner = owner!,
            Assets = assets,
            Threat = threat!,
            Vulnerability = vulnerability!,
            Inherent = inherent!,
            Current = current,
            Residual = residual,
            Treatment = treatment!,
            PlannedControls = planned,
            AppliedControls = applied,
            Acceptance = acceptance,
            IdentifiedOn = identifiedOn,
            QuantitativeModel = quantitative,
        };
    }

    /// <inheritdoc />
    protected override void WriteItem(Utf8JsonWriter writer, RiskScenarioDto item, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, item.Id);
        writer.WriteString(Title, item.Title);
        writer.WriteString(Owner, item.Owner);
        RecordWriter.Strings(writer, Assets, item.Assets);
        writer.WriteString(Threat, item.Threat);
        writer.WriteString(Vulnerability, item.Vulnerability);
        writer.WritePropertyName(Inherent);
        WriteAssessment(writer, item.Inherent, options);
        if (item.Current is { } current)
        {
            writer.WritePropertyName(Current);
            WriteAssessment(writer, current, options);
        }

        if (item.Residual is { } residual)
        {
            writer.WritePropertyName(Residual);
            WriteAssessment(writer, residual, options);
        }

        writer.WriteString(Treatment, item.Treatment);
        RecordWriter.Strings(writer, PlannedControls, item.PlannedControls);
        RecordWriter.Strings(writer, AppliedControls, item.AppliedControls);
        if (item.Acceptance is { } acceptance)
        {
            writer.WritePropertyName(Acceptance);
            writer.WriteStartObject();
            writer.WriteString(AcceptedBy, acceptance.AcceptedBy);
            RecordWriter.Date(writer, AcceptedOn, acceptance.AcceptedOn, options);
            writer.WriteString(Rationale, acceptance.Rationale);
            RecordWriter.Date(writer, ExpiresOn, acceptance.ExpiresOn, options);
            writer.WritePropertyName(AcceptedAssessment);
            WriteAssessment(writer, acceptance.AcceptedAssessment, options);
            writer.WriteEndObject();
        }

        RecordWriter.Date(writer, IdentifiedOn, item.IdentifiedOn, options);
        RecordWriter.Generic(writer, QuantitativeModel, item.QuantitativeModel, options);
        writer.WriteEndObject();
    }

    private static AssessmentDto? ReadNullableAssessment(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadAssessment(ref reader, options),
            JsonTokenType.Null => null,
            _ => throw RegisterReader.Decline(),
        };
    }

    /// <summary>An assessment; the reader is on its start and is left on its end.</summary>
    private static AssessmentDto ReadAssessment(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        int likelihood = 0, consequence = 0;
        LocalDate assessedOn = default;
        IReadOnlyList<CriterionConsequenceDto> byCriterion = [];
        uint seen = 0;
        while (RegisterReader.NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("likelihood"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                likelihood = RegisterReader.Int32(ref reader);
            }
            else if (name.SequenceEqual("consequence"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                consequence = RegisterReader.Int32(ref reader);
            }
            else if (name.SequenceEqual("assessedOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                assessedOn = RegisterReader.Date(ref reader, options);
            }
            else if (name.SequenceEqual("byCriterion"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 3);
                byCriterion = ReadByCriterion(ref reader);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2));
        return new AssessmentDto { Likelihood = likelihood, Consequence = consequence, AssessedOn = assessedOn, ByCriterion = byCriterion };
    }

    private static IReadOnlyList<CriterionConsequenceDto> ReadByCriterion(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw RegisterReader.Decline();
        }

        List<CriterionConsequenceDto>? items = null;
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items is null ? [] : items.ToArray();
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw RegisterReader.Decline();
            }

            string? criterion = null;
            var level = 0;
            uint seen = 0;
            while (RegisterReader.NextMember(ref reader))
            {
                var name = reader.ValueSpan;
                if (name.SequenceEqual("criterion"u8))
                {
                    RegisterReader.Mark(ref seen, 1u << 0);
                    criterion = RegisterReader.String(ref reader);
                }
                else if (name.SequenceEqual("level"u8))
                {
                    RegisterReader.Mark(ref seen, 1u << 1);
                    level = RegisterReader.Int32(ref reader);
                }
                else
                {
                    throw RegisterReader.Decline();
                }
            }

            RegisterReader.Require(seen, (1u << 0) | (1u << 1));
            (items ??= []).Add(new CriterionConsequenceDto { Criterion = criterion!, Level = level });
        }
    }

    private static AcceptanceDto? ReadAcceptance(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw RegisterReader.Decline();
        }

        string? acceptedBy = null, rationale = null;
        LocalDate acceptedOn = default;
        LocalDate? expiresOn = null;
        AssessmentDto? assessment = null;
        uint seen = 0;
        while (RegisterReader.NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("acceptedBy"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                acceptedBy = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("acceptedOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                acceptedOn = RegisterReader.Date(ref reader, options);
            }
            else if (name.SequenceEqual("rationale"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                rationale = RegisterReader.String(ref reader);
            }
            else if (name.SequenceEqual("expiresOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 3);
                expiresOn = RegisterReader.NullableDate(ref reader, options);
            }
            else if (name.SequenceEqual("acceptedAssessment"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 4);
                RegisterReader.StartObject(ref reader);
                assessment = ReadAssessment(ref reader, options);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2) | (1u << 4));
        return new AcceptanceDto { AcceptedBy = acceptedBy!, AcceptedOn = acceptedOn, Rationale = rationale!, ExpiresOn = expiresOn, AcceptedAssessment = assessment! };
    }

    private static void WriteAssessment(Utf8JsonWriter writer, AssessmentDto assessment, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Likelihood, assessment.Likelihood);
        writer.WriteNumber(Consequence, assessment.Consequence);
        RecordWriter.Date(writer, AssessedOn, assessment.AssessedOn, options);
        writer.WritePropertyName(ByCriterion);
        writer.WriteStartArray();
        foreach (var c in assessment.ByCriterion)
        {
            writer.WriteStartObject();
            writer.WriteString(Criterion, c.Criterion);
            writer.WriteNumber(Level, c.Level);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
