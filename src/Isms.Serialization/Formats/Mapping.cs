using System.Globalization;

namespace Isms.Serialization.Formats;

/// <summary>Helpers for mappers: index paths, turn guard failures into <see cref="MappingException"/>, check references.</summary>
internal static class Mapping
{
    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>A guard of a domain constructor failed: name the member from the parameter when it matches one.</summary>
    public static MappingException Invalid(string entityPath, ArgumentException ex)
    {
        var member = ex.ParamName;
        var path = string.IsNullOrEmpty(member) ? entityPath : $"{entityPath}.{member}";
        var reason = ex.Message;
        var cut = reason.IndexOf(" (Parameter", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        return new MappingException(DocumentErrorCodes.InvalidValue, path, "the value breaks a rule of the model: " + reason.TrimEnd('.'), null, ex);
    }

    public static MappingException DuplicateId(string path, string id, string firstPath) =>
        new(DocumentErrorCodes.DuplicateId, path, $"the id '{id}' is used twice (first at {firstPath})", "a unique id");

    public static MappingException Dangling(string path, string id, string what) =>
        new(DocumentErrorCodes.DanglingReference, path, $"'{id}' refers to no {what} in this document", $"the id of a {what} defined in the document");
}
