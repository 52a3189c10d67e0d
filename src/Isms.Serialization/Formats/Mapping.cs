using System.Globalization;
using Isms.Core;

namespace Isms.Serialization.Formats;

/// <summary>Helpers for mappers: index paths, turn guard failures into <see cref="MappingException"/>, check references.</summary>
internal static class Mapping
{
    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>
    /// A guard of a domain constructor failed: the member is named from the guard's <see cref="ArgumentException.ParamName"/>
    /// (the constructor's parameters are named as the document's members), unless <paramref name="withParameter"/> is
    /// false because <paramref name="entityPath"/> already is the member's path. The guard's message is copied, not read.
    /// </summary>
    public static MappingException Invalid(string entityPath, ArgumentException ex, bool withParameter = true)
    {
        var member = withParameter ? ex.ParamName : null;
        var path = string.IsNullOrEmpty(member) ? entityPath : $"{entityPath}.{member}";
        return new MappingException(DocumentErrorCodes.InvalidValue, path, "the value breaks a rule of the model: " + ex.Message.TrimEnd('.'), null, ex);
    }

    /// <summary>
    /// A rule of the model broken by a value read at <paramref name="entityPath"/>: when the error names a member of
    /// the entity being read (its <see cref="IsmsError.EntityKind"/> is <paramref name="entityKind"/>), the path goes
    /// down to that member. Decided from the error's data; its message is copied, not read.
    /// </summary>
    public static MappingException Broken(string entityPath, IsmsException ex, string? entityKind)
    {
        var error = ex.Error;
        var path = error.Member is { } member && entityKind is not null && error.EntityKind == entityKind
            ? entityPath + MemberPath(member)
            : entityPath;
        var code = error.Code == IsmsErrorCodes.DuplicateId ? DocumentErrorCodes.DuplicateId : DocumentErrorCodes.InvalidValue;
        return new MappingException(code, path, "the value breaks a rule of the model: " + error.Message.TrimEnd('.'), null, ex, error.Value);
    }

    /// <summary>
    /// The JSON path of a model member relative to its entity: <c>Acceptance.AcceptedBy</c> is
    /// <c>.acceptance.acceptedBy</c>, <c>DependsOn[2]</c> is <c>.dependsOn[2]</c> (documents name members in camelCase).
    /// </summary>
    public static string MemberPath(string member)
    {
        var text = new System.Text.StringBuilder(member.Length + 1);
        var start = true;
        foreach (var c in member)
        {
            if (start && c != '[')
            {
                text.Append('.');
                text.Append(char.ToLowerInvariant(c));
                start = false;
                continue;
            }

            text.Append(c);
            start = c == '.';
            if (c == '.')
            {
                text.Length--;
            }
        }

        return text.ToString();
    }

    public static MappingException DuplicateId(string path, string id, string firstPath) =>
        new(DocumentErrorCodes.DuplicateId, path, $"the id '{id}' is used twice (first at {firstPath})", "a unique id");

    public static MappingException Dangling(string path, string id, string what) =>
        new(DocumentErrorCodes.DanglingReference, path, $"'{id}' refers to no {what} in this document", $"the id of a {what} defined in the document");
}
