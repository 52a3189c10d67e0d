using NodaTime;

namespace Isms.Cli.Hosting;

/// <summary>What a verb may use: its output streams and the clock.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: one line per error, never a stack trace.</param>
/// <param name="Clock">The clock; the real one in the program, a fake one in tests.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, IClock Clock);
