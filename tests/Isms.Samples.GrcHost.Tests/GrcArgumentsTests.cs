using NodaTime;

namespace Isms.Samples.GrcHost.Tests;

public sealed class GrcArgumentsTests
{
    [Fact]
    public void Defaults_are_the_grc_store_folder_today_and_a_30_day_window()
    {
        var parsed = GrcArguments.Parse([]);

        Assert.Equal(new GrcArguments("grc-store", null, Period.FromDays(30), false), parsed);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var parsed = GrcArguments.Parse(["--store", "x", "--as-of", "2026-11-30", "--window", "7", "--reseed"]);

        Assert.Equal(new GrcArguments("x", new LocalDate(2026, 11, 30), Period.FromDays(7), true), parsed);
    }

    [Theory]
    [InlineData("--as-of", "30/11/2026")]
    [InlineData("--window", "-1")]
    [InlineData("--window", "lots")]
    [InlineData("--colour", "red")]
    [InlineData("--store")]
    public void A_bad_argument_is_a_usage_error_naming_it(params string[] args)
    {
        var error = Assert.Throws<GrcUsageException>(() => GrcArguments.Parse(args));

        Assert.Contains(args[0], error.Message, StringComparison.Ordinal);
    }
}
