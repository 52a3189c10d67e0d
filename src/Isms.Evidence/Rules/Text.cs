using System.Globalization;
using NodaTime;

namespace Isms.Evidence.Rules;

/// <summary>Dates in findings: ISO 8601, invariant.</summary>
internal static class Text
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Control(Isms.Core.Catalogs.ControlId id) => "A." + id.Value;
}
