using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.Tests.TestData;
using Isms.Risk.Quantitative;
using Isms.Risk.Scoring;
using Isms.Serialization.Contracts;
using NodaTime;

namespace Isms.Serialization.Tests.Contracts;

/// <summary><see cref="IsmsJson"/>: library types cross HTTP JSON as strings a client can read, never as <c>{}</c>.</summary>
public sealed class IsmsJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureIsms();

    [Fact]
    public void Instants_and_dates_are_ISO_strings()
    {
        Assert.Equal("\"2026-11-28T09:00:00Z\"", JsonSerializer.Serialize(Instant.FromUtc(2026, 11, 28, 9, 0), Options));
        Assert.Equal("\"2026-11-28\"", JsonSerializer.Serialize(new LocalDate(2026, 11, 28), Options));
        Assert.Equal(new LocalDate(2026, 11, 28), JsonSerializer.Deserialize<LocalDate>("\"2026-11-28\"", Options));
    }

    [Fact]
    public void Ids_are_plain_strings_and_levels_numbers_and_enums_names()
    {
        Assert.Equal("\"R-01\"", JsonSerializer.Serialize(new RiskId("R-01"), Options));
        Assert.Equal(new PersonId("ciso"), JsonSerializer.Deserialize<PersonId>("\"ciso\"", Options));
        Assert.Equal("3", JsonSerializer.Serialize(new RiskLevel(3), Options));
        Assert.Equal("\"NeedsTreatment\"", JsonSerializer.Serialize(RiskEvaluation.NeedsTreatment, Options));
    }

    [Fact]
    public void An_invalid_id_is_a_json_error_not_a_default_id()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PersonId>("\" padded \"", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PersonId>("{\"value\":\"x\"}", Options));
    }

    [Fact]
    public void A_dictionary_keyed_by_person_serialises_with_the_ids_as_keys()
    {
        var register = RegisterScorer.Score(ReadyIsms.Create(), TestIsms.Today);
        var byOwner = register.ByOwner().ToImmutableSortedDictionary(p => p.Key, p => p.Value.Select(r => r.Id).ToImmutableArray());

        var json = JsonSerializer.Serialize(byOwner, Options);

        Assert.StartsWith("{\"", json, StringComparison.Ordinal);
        foreach (var owner in byOwner.Keys)
        {
            Assert.Contains($"\"{owner.Value}\":[", json, StringComparison.Ordinal);
        }

        var back = JsonSerializer.Deserialize<Dictionary<PersonId, RiskId[]>>(json, Options)!;
        Assert.Equal(byOwner.Keys, back.Keys.Order());
    }

    [Fact]
    public void Non_finite_numbers_are_named_strings_both_ways()
    {
        Assert.Equal("[\"NaN\",\"Infinity\",\"-Infinity\",1.5]", JsonSerializer.Serialize(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.5 }, Options));
        Assert.Equal(double.PositiveInfinity, JsonSerializer.Deserialize<double>("\"Infinity\"", Options));
    }

    [Fact]
    public void Configuring_twice_adds_the_converters_once()
    {
        var options = new JsonSerializerOptions().ConfigureIsms();
        var count = options.Converters.Count;

        Assert.Same(options, options.ConfigureIsms());
        Assert.Equal(count, options.Converters.Count);
    }

    [Fact]
    public void Every_public_enum_of_the_model_packages_is_written_as_its_name()
    {
        var assemblies = new[] { typeof(RiskId).Assembly, typeof(RegisterScorer).Assembly, typeof(Isms.Certification.Lifecycle.CertificationTrigger).Assembly };
        var enums = assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, type =>
        {
            var value = Enum.GetValues(type).GetValue(0)!;
            Assert.Equal($"\"{value}\"", JsonSerializer.Serialize(value, type, Options));
        });
    }

    [Fact]
    public void The_web_options_are_read_only_and_resolve_every_contract_without_reflection()
    {
        Assert.True(IsmsJson.WebOptions.IsReadOnly);
        var contracts = typeof(IsmsJson).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(IsmsJson).Namespace && t.Name.EndsWith("Contract", StringComparison.Ordinal) && !t.IsInterface)
            .ToList();

        Assert.True(contracts.Count >= 20, $"{contracts.Count} contract types");
        Assert.All(contracts, t => Assert.NotNull(IsmsJson.TypeInfoResolver.GetTypeInfo(t, IsmsJson.WebOptions)));
    }

    [Property(MaxTest = 200)]
    public void A_seed_travels_as_a_string_and_comes_back_exactly(ulong seed)
    {
        var request = JsonSerializer.Deserialize("{\"seed\":\"" + seed + "\",\"iterations\":1000}", IsmsJson.TypeInfo<SimulationRequestContract>())!;

        var options = request.ApplyTo(new SimulationOptions());

        Assert.Equal(seed, options.Seed);
        Assert.Equal(1000, options.Iterations);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("18446744073709551616")]
    [InlineData("1e3")]
    [InlineData(" 7")]
    [InlineData("seven")]
    public void A_seed_that_is_not_a_whole_number_in_range_is_refused_with_its_code(string seed)
    {
        var request = new SimulationRequestContract { Seed = seed };

        var error = Assert.Throws<IsmsException>(() => request.ApplyTo(new SimulationOptions()));

        Assert.Equal(ContractErrorCodes.InvalidSimulationRequest, error.Error.Code);
        Assert.Equal("seed", error.Error.Member);
    }

    [Fact]
    public void A_simulation_request_with_an_unknown_member_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"seeds\":\"1\"}", IsmsJson.TypeInfo<SimulationRequestContract>()));
    }

    [Fact]
    public void A_simulation_summary_has_no_spans_and_its_seed_as_a_string()
    {
        var set = new Core.RiskManagement.Quantitative.FairScenarioSet(Core.RiskManagement.Quantitative.FairScenario.FromAnnualRate(new Core.RiskManagement.Quantitative.FairScenarioId("S1"), "Ransomware", 0.3, 50_000, 2_000_000));
        var result = new FairSimulator().Simulate(set, new SimulationOptions { Iterations = 2_000, Seed = ulong.MaxValue, KeepScenarioSamples = true }, TestContext.Current.CancellationToken);

        var json = JsonSerializer.Serialize(SimulationSummaryContract.From(result), IsmsJson.TypeInfo<SimulationSummaryContract>());

        Assert.Contains("\"seed\":\"18446744073709551615\"", json, StringComparison.Ordinal);
        Assert.Contains("\"p99\":", json, StringComparison.Ordinal);
        Assert.Contains("\"lec\":[{\"loss\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize(json, IsmsJson.TypeInfo<SimulationSummaryContract>())!;
        Assert.Equal(json, JsonSerializer.Serialize(back, IsmsJson.TypeInfo<SimulationSummaryContract>()));
    }
}
