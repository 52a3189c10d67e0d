namespace Isms.Core.Readiness.Rules;

/// <summary>Shorthands for the built-in rules.</summary>
internal static class Finding
{
    public static ReadinessFinding Of(string code, ReadinessSeverity severity, ReadinessSection section, string reference, string message, params EntityReference[] entities) =>
        new(code, severity, section, reference, message, entities);

    public static string Date(NodaTime.LocalDate date) =>
        date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Clause(string clause) => clause;
}
