using System.Collections.Frozen;

namespace Isms.Serialization.Formats;

/// <summary>
/// The names of an enum, looked up exactly (ordinal, case-sensitive) without <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// on the hot path. Anything that is not exactly a name goes through the full rule (letter first, no flag list,
/// defined), so the accepted texts are the same as before the cache.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetNames<T>().ToFrozenDictionary(name => name, Enum.Parse<T>, StringComparer.Ordinal);

    public static bool TryParse(string text, out T value) =>
        ByName.TryGetValue(text, out value)
        || (text.Length > 0 && char.IsLetter(text[0]) && !text.Contains(',', StringComparison.Ordinal) && Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value));
}
