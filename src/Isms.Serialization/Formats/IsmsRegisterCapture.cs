using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Isms.Core;
using Isms.Core.Assets;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Serialization.Persistence;
using Isms.Serialization.Reading;
using NodaTime;

namespace Isms.Serialization.Formats;

/// <summary>
/// The single-pass read of the two largest registers of an <c>isms</c> document (<c>$.risks</c>, <c>$.assets</c>):
/// called by the <see cref="DocumentScanner"/> when it meets them at the root, it reads each array straight into the
/// domain types (no persistence records), applying the scanner's limits to every token it reads (string and name
/// length, items per list, number length; depth is bounded by the shape and checked by the reader's
/// <see cref="JsonReaderOptions.MaxDepth"/>), and records where the array lies so the rest of the document can be read
/// without it. It accepts only what it reads itself, exactly as the generic path would map it: anything else (an
/// unknown, escaped, duplicate or missing member, a wrong token, a limit reached, a guard of the domain failing, a
/// duplicate id) declines (<see cref="FastPathDeclinedException"/>), and the serializer reads the document again
/// through the scanner and the generic strict path, which report it exactly as before.
/// </summary>
/// <threadsafety>One instance per read; not thread-safe.</threadsafety>
internal sealed class IsmsRegisterCapture : IRootArrayReader
{
    /// <summary>At most this many distinct assessments (and one-id lists of each kind) are remembered for sharing (a bound on hostile input).</summary>
    private const int MaxShared = 4096;

    private static readonly IsoLocalDateConverter Dates = new();

    /// <summary>A risk's member names, by their bit in the seen mask.</summary>
    private static readonly byte[][] RiskMembers =
    [
        "id"u8.ToArray(), "title"u8.ToArray(), "owner"u8.ToArray(), "assets"u8.ToArray(), "threat"u8.ToArray(),
        "vulnerability"u8.ToArray(), "inherent"u8.ToArray(), "current"u8.ToArray(), "residual"u8.ToArray(),
        "treatment"u8.ToArray(), "plannedControls"u8.ToArray(), "appliedControls"u8.ToArray(), "acceptance"u8.ToArray(),
        "identifiedOn"u8.ToArray(), "quantitativeModel"u8.ToArray(),
    ];

    private readonly JsonSerializerOptions _options;
    private readonly StringTable _strings;
    private readonly int _maxItems;
    private readonly int _maxString;
    private readonly Dictionary<(int, int, LocalDate), RiskAssessment> _assessments = [];
    private readonly Dictionary<string, ImmutableArray<AssetId>> _singleAssets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ImmutableArray<AppliedControlId>> _singleControls = new(ReferenceEqualityComparer.Instance);

    /// <summary>A capture applying <paramref name="limits"/>, sharing strings through the read's <paramref name="strings"/>.</summary>
    public IsmsRegisterCapture(IsmsDocumentOptions limits, JsonSerializerOptions options, StringTable strings)
    {
        _options = options;
        _strings = strings;
        _maxItems = limits.MaxItemsPerCollection;
        _maxString = limits.MaxStringBytes;
    }

    /// <summary>The asset inventory read, or null when the document had no <c>assets</c> array at the root.</summary>
    public Register<AssetId, Asset>? Assets { get; private set; }

    /// <summary>The risk register read, or null when the document had no <c>risks</c> array at the root.</summary>
    public RiskRegister? Risks { get; private set; }

    /// <summary>Where the <c>assets</c> array lies in the document (start, end exclusive).</summary>
    public (int Start, int End) AssetsRange { get; private set; }

    /// <summary>Where the <c>risks</c> array lies in the document (start, end exclusive).</summary>
    public (int Start, int End) RisksRange { get; private set; }

    /// <summary>
    /// True when the limits leave room for every register's shape: nesting up to 7 levels below the root (a risk's
    /// acceptance's assessment's criteria) and objects of up to 15 members. Tighter limits use the generic path.
    /// </summary>
    public static bool Applies(IsmsDocumentOptions limits) => limits.MaxDepth >= 8 && limits.MaxItemsPerCollection >= 16;

    /// <inheritdoc />
    public bool Wants(ReadOnlySpan<byte> name) => name.SequenceEqual("risks"u8) || name.SequenceEqual("assets"u8);

    /// <inheritdoc />
    public void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        try
        {
            var start = checked((int)reader.TokenStartIndex);
            if (name.SequenceEqual("risks"u8))
            {
                if (Risks is not null)
                {
                    throw RegisterReader.Decline();
                }

                Risks = RiskRegister.From(RegisterOf<RiskId, RiskScenario>(ref reader, static (IsmsRegisterCapture c, ref Utf8JsonReader r) => c.ReadRisk(ref r)));
                RisksRange = (start, checked((int)reader.BytesConsumed));
            }
            else
            {
                if (Assets is not null)
                {
                    throw RegisterReader.Decline();
                }

                Assets = RegisterOf<AssetId, Asset>(ref reader, static (IsmsRegisterCapture c, ref Utf8JsonReader r) => c.ReadAsset(ref r));
                AssetsRange = (start, checked((int)reader.BytesConsumed));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException or IsmsException)
        {
            throw new FastPathDeclinedException("A register could not be read by the single-pass reader.", ex);
        }
    }

    private delegate T ItemReader<T>(IsmsRegisterCapture capture, ref Utf8JsonReader reader);

    /// <summary>The register of the array the reader is on, built from the pooled buffer of its items in one copy.</summary>
    private Register<TId, T> RegisterOf<TId, T>(ref Utf8JsonReader reader, ItemReader<T> read)
        where TId : struct, IEntityId, IEquatable<TId>
        where T : class, IEntity<TId>
    {
        var (buffer, count) = Items(ref reader, read);
        try
        {
            return Register<TId, T>.Of(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>
    /// The items of the array the reader is on (its start), each an object; the reader is left on its end. They are
    /// returned in a buffer of <see cref="ArrayPool{T}.Shared"/> (the first <c>Count</c> items), which the caller returns.
    /// </summary>
    private (T[] Buffer, int Count) Items<T>(ref Utf8JsonReader reader, ItemReader<T> read)
    {
        // Grown in pooled buffers: no large garbage arrays for tens of thousands of items; the register copies them once.
        var buffer = ArrayPool<T>.Shared.Rent(256);
        var count = 0;
        try
        {
            while (true)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    var items = (buffer, count);
                    buffer = null;
                    return items;
                }

                if (reader.TokenType != JsonTokenType.StartObject || count >= _maxItems)
                {
                    throw RegisterReader.Decline();
                }

                if (count == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                buffer[count++] = read(this, ref reader);
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<T>.Shared.Return(buffer, clearArray: true);
            }
        }
    }

    private RiskScenario ReadRisk(ref Utf8JsonReader reader)
    {
        string? id = null, title = null, owner = null, threat = null, vulnerability = null, treatment = null;
        ImmutableArray<AssetId> assets = [];
        ImmutableArray<AppliedControlId> planned = [], applied = [];
        RiskAssessment? inherent = null, current = null, residual = null;
        RiskAcceptance? acceptance = null;
        LocalDate identifiedOn = default;
        uint seen = 0;
        while (NextMember(ref reader))
        {
            var member = RiskMember(reader.ValueSpan);
            RegisterReader.Mark(ref seen, 1u << member);
            switch (member)
            {
                case 0:
                    id = String(ref reader);
                    break;
                case 1:
                    title = String(ref reader);
                    break;
                case 2:
                    owner = String(ref reader);
                    break;
                case 3:
                    assets = Ids(ref reader, static s => new AssetId(s), _singleAssets);
                    break;
                case 4:
                    threat = String(ref reader);
                    break;
                case 5:
                    vulnerability = String(ref reader);
                    break;
                case 6:
                    RegisterReader.StartObject(ref reader);
                    inherent = ReadAssessment(ref reader);
                    break;
                case 7:
                    current = ReadNullableAssessment(ref reader);
                    break;
                case 8:
                    residual = ReadNullableAssessment(ref reader);
                    break;
                case 9:
                    treatment = String(ref reader);
                    break;
                case 10:
                    planned = Ids(ref reader, static s => new AppliedControlId(s), _singleControls);
                    break;
                case 11:
                    applied = Ids(ref reader, static s => new AppliedControlId(s), _singleControls);
                    break;
                case 12:
                    acceptance = ReadAcceptance(ref reader);
                    break;
                case 13:
                    identifiedOn = Date(ref reader);
                    break;
                default:
                    // 14, quantitativeModel: the rare FAIR model is read (and its limits checked) by the generic path
                    // only; null is accepted.
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        throw RegisterReader.Decline();
                    }

                    break;
            }
        }

        // Required: id, title, owner, threat, vulnerability, inherent, treatment, identifiedOn.
        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 9) | (1u << 13));

        // As IsmsFormat maps a RiskScenarioDto, guards and all.
        return new RiskScenario
        {
            Id = new RiskId(id!),
            Title = title!,
            Owner = new PersonId(owner!),
            Assets = assets,
            Threat = threat!,
            Vulnerability = vulnerability!,
            Inherent = inherent!,
            Current = current,
            Residual = residual,
            Treatment = Enum<TreatmentOption>(treatment!),
            PlannedControls = planned,
            AppliedControls = applied,
            Acceptance = acceptance,
            IdentifiedOn = identifiedOn,
            QuantitativeModel = null,
        };
    }

    /// <summary>
    /// The bit of a risk's member (0 id ... 14 quantitativeModel), found by its length first, then compared whole; an
    /// unknown name declines.
    /// </summary>
    private static int RiskMember(ReadOnlySpan<byte> name)
    {
        var member = name.Length switch
        {
            2 => 0,
            5 => name[0] == (byte)'t' ? 1 : 2,
            6 => name[0] == (byte)'a' ? 3 : 4,
            13 => 5,
            8 => name[0] == (byte)'i' ? 6 : 8,
            7 => 7,
            9 => 9,
            15 => name[0] == (byte)'p' ? 10 : 11,
            10 => 12,
            12 => 13,
            17 => 14,
            _ => -1,
        };
        return member >= 0 && name.SequenceEqual(RiskMembers[member]) ? member : throw RegisterReader.Decline();
    }

    private RiskAssessment? ReadNullableAssessment(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadAssessment(ref reader),
            JsonTokenType.Null => null,
            _ => throw RegisterReader.Decline(),
        };
    }

    /// <summary>An assessment; the reader is on its start and is left on its end.</summary>
    private RiskAssessment ReadAssessment(ref Utf8JsonReader reader)
    {
        int likelihood = 0, consequence = 0;
        LocalDate assessedOn = default;
        ImmutableArray<CriterionConsequence> byCriterion = [];
        uint seen = 0;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.Length == 10 && name[0] == (byte)'l' && name.SequenceEqual("likelihood"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                likelihood = Int32(ref reader);
            }
            else if (name.Length == 11 && name.SequenceEqual("consequence"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                consequence = Int32(ref reader);
            }
            else if (name.Length == 10 && name.SequenceEqual("assessedOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                assessedOn = Date(ref reader);
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
        if (!byCriterion.IsEmpty)
        {
            return new RiskAssessment(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence), assessedOn) { ByCriterion = byCriterion };
        }

        // Assessments are immutable values and repeat (the same levels on the same day): equal ones are shared.
        var key = (likelihood, consequence, assessedOn);
        if (_assessments.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var assessment = new RiskAssessment(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence), assessedOn) { ByCriterion = byCriterion };
        if (_assessments.Count < MaxShared)
        {
            _assessments.Add(key, assessment);
        }

        return assessment;
    }

    private ImmutableArray<CriterionConsequence> ReadByCriterion(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw RegisterReader.Decline();
        }

        List<CriterionConsequence>? items = null;
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray());
            }

            if (reader.TokenType != JsonTokenType.StartObject || (items?.Count ?? 0) >= _maxItems)
            {
                throw RegisterReader.Decline();
            }

            string? criterion = null;
            var level = 0;
            uint seen = 0;
            while (NextMember(ref reader))
            {
                var name = reader.ValueSpan;
                if (name.SequenceEqual("criterion"u8))
                {
                    RegisterReader.Mark(ref seen, 1u << 0);
                    criterion = String(ref reader);
                }
                else if (name.SequenceEqual("level"u8))
                {
                    RegisterReader.Mark(ref seen, 1u << 1);
                    level = Int32(ref reader);
                }
                else
                {
                    throw RegisterReader.Decline();
                }
            }

            RegisterReader.Require(seen, (1u << 0) | (1u << 1));
            (items ??= []).Add(new CriterionConsequence(new ConsequenceCriterion(criterion!), new ConsequenceLevel(level)));
        }
    }

    private RiskAcceptance? ReadAcceptance(ref Utf8JsonReader reader)
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
        RiskAssessment? assessment = null;
        uint seen = 0;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("acceptedBy"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                acceptedBy = String(ref reader);
            }
            else if (name.SequenceEqual("acceptedOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                acceptedOn = Date(ref reader);
            }
            else if (name.SequenceEqual("rationale"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                rationale = String(ref reader);
            }
            else if (name.SequenceEqual("expiresOn"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 3);
                reader.Read();
                expiresOn = reader.TokenType == JsonTokenType.Null ? null : DateValue(ref reader);
            }
            else if (name.SequenceEqual("acceptedAssessment"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 4);
                RegisterReader.StartObject(ref reader);
                assessment = ReadAssessment(ref reader);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2) | (1u << 4));
        return new RiskAcceptance { AcceptedBy = new PersonId(acceptedBy!), AcceptedOn = acceptedOn, Rationale = rationale!, ExpiresOn = expiresOn, AcceptedAssessment = assessment! };
    }

    private Asset ReadAsset(ref Utf8JsonReader reader)
    {
        string? id = null, name = null, type = null, owner = null, site = null, location = null, description = null;
        CiaClassification? classification = null;
        ImmutableArray<AssetId> dependsOn = [];
        uint seen = 0;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                id = String(ref reader);
            }
            else if (member.SequenceEqual("name"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                name = String(ref reader);
            }
            else if (member.SequenceEqual("type"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                type = String(ref reader);
            }
            else if (member.SequenceEqual("owner"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 3);
                owner = String(ref reader);
            }
            else if (member.SequenceEqual("site"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 4);
                site = NullableString(ref reader);
            }
            else if (member.SequenceEqual("location"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 5);
                location = NullableString(ref reader);
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
                dependsOn = Ids(ref reader, static s => new AssetId(s), _singleAssets);
            }
            else if (member.SequenceEqual("description"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 8);
                description = NullableString(ref reader);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        // Required: id, name, type, owner, classification.
        RegisterReader.Require(seen, (1u << 0) | (1u << 1) | (1u << 2) | (1u << 3) | (1u << 6));

        // As IsmsFormat maps an AssetDto, guards and all.
        return new Asset
        {
            Id = new AssetId(id!),
            Name = name!,
            Type = Enum<AssetType>(type!),
            Owner = new PersonId(owner!),
            Site = site is null ? null : new SiteId(site),
            Location = location,
            Classification = classification!.Value,
            DependsOn = dependsOn,
            Description = description,
        };
    }

    private CiaClassification ReadCia(ref Utf8JsonReader reader)
    {
        string? confidentiality = null, integrity = null, availability = null;
        uint seen = 0;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("confidentiality"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 0);
                confidentiality = String(ref reader);
            }
            else if (member.SequenceEqual("integrity"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 1);
                integrity = String(ref reader);
            }
            else if (member.SequenceEqual("availability"u8))
            {
                RegisterReader.Mark(ref seen, 1u << 2);
                availability = String(ref reader);
            }
            else
            {
                throw RegisterReader.Decline();
            }
        }

        RegisterReader.Require(seen, 0b111);
        return new CiaClassification(Enum<SecurityLevel>(confidentiality!), Enum<SecurityLevel>(integrity!), Enum<SecurityLevel>(availability!));
    }

    /// <summary>An enum by its exact name, as the generic mapping parses it; anything else declines.</summary>
    private static T Enum<T>(string text)
        where T : struct, Enum =>
        EnumNames<T>.TryParse(text, out var value) ? value : throw RegisterReader.Decline();

    /// <summary>
    /// The next member name, within the scanner's limit on token length; false at the end of the object. Escaped names
    /// (which the generic path unescapes before matching) are declined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.ValueSpan.Length > _maxString)
        {
            throw RegisterReader.Decline();
        }

        return true;
    }

    /// <summary>The next token as a non-null string within the limits.</summary>
    private string String(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw RegisterReader.Decline();
        }

        return StringValue(ref reader);
    }

    private string? NullableString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => StringValue(ref reader),
            JsonTokenType.Null => null,
            _ => throw RegisterReader.Decline(),
        };
    }

    /// <summary>The current string token: no longer than the scanner allows, no escape decoding to a lone surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private string StringValue(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > _maxString || (reader.ValueIsEscaped && DocumentScanner.HasLoneSurrogate(reader.ValueSpan)))
        {
            throw RegisterReader.Decline();
        }

        // The table the generic path reads through too (DedupStringConverter), without its thread-static lookup; the
        // reader is on a span, so a value is never in segments.
        return reader.ValueIsEscaped ? reader.GetString()! : _strings.Get(ref reader);
    }

    /// <summary>The next token as a 32-bit integer (a JSON number, strict).</summary>
    private static int Int32(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number || reader.ValueSpan.Length > DocumentScanner.MaxNumberBytes || !reader.TryGetInt32(out var value))
        {
            throw RegisterReader.Decline();
        }

        return value;
    }

    private LocalDate Date(ref Utf8JsonReader reader)
    {
        reader.Read();
        return DateValue(ref reader);
    }

    /// <summary>The current token as a date (a string; the same converter as the generic path).</summary>
    private LocalDate DateValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > _maxString
            || (reader.ValueIsEscaped && DocumentScanner.HasLoneSurrogate(reader.ValueSpan)))
        {
            throw RegisterReader.Decline();
        }

        return Dates.Read(ref reader, typeof(LocalDate), _options);
    }

    /// <summary>
    /// The next token as a list of ids (non-null strings), within the limits. A list of one id is shared with every
    /// other list of that one id (<paramref name="singles"/>, keyed by the string table's instance): immutable, so
    /// 50,000 risks that each name one of 400 applied controls hold 400 arrays, not 50,000.
    /// </summary>
    private ImmutableArray<TId> Ids<TId>(ref Utf8JsonReader reader, Func<string, TId> create, Dictionary<string, ImmutableArray<TId>> singles)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw RegisterReader.Decline();
        }

        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw RegisterReader.Decline();
        }

        // Reference lists are short: one item needs no list at all.
        var text = StringValue(ref reader);
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            if (singles.TryGetValue(text, out var shared))
            {
                return shared;
            }

            ImmutableArray<TId> single = [create(text)];
            if (singles.Count < MaxShared)
            {
                singles.Add(text, single);
            }

            return single;
        }

        var first = create(text);

        if (reader.TokenType != JsonTokenType.String)
        {
            throw RegisterReader.Decline();
        }

        var second = create(StringValue(ref reader));
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [first, second];
        }

        var items = new List<TId>(4) { first, second };
        while (true)
        {
            if (reader.TokenType != JsonTokenType.String || items.Count >= _maxItems)
            {
                throw RegisterReader.Decline();
            }

            items.Add(create(StringValue(ref reader)));
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray());
            }
        }
    }
}
