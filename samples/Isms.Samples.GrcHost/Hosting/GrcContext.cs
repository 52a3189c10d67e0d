using Microsoft.Extensions.DependencyInjection;

namespace Isms.Samples.GrcHost.Hosting;

/// <summary>What a verb of <c>isms-grc</c> may use.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: one line per error, never a stack trace.</param>
/// <param name="Configure">Registrations made before the host's own (tests register a fake clock here); null in the program.</param>
internal sealed record GrcContext(TextWriter Out, TextWriter Error, Action<IServiceCollection>? Configure = null);
