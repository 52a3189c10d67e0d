using System.Globalization;
using Isms.Core;

namespace Isms.Serialization.Formats;

/// <summary>
/// What a reader found wrong, before it is placed: each format turns it into an <see cref="IsmsDocumentException"/> at
/// its own kind of location (a JSON path, a line and column) through a <see cref="Fail{TSite}"/>, so the rules shared by
/// several formats (the Open FAIR model's, the risk matrix's) are written once.
/// </summary>
/// <param name="Code">One of <see cref="DocumentErrorCodes"/>.</param>
/// <param name="Text">What is wrong (values echoed with <see cref="DocumentErrorText"/>).</param>
/// <param name="Expected">What was expected, or null.</param>
/// <param name="Value">The offending value as read, or null.</param>
/// <param name="Inner">The model's exception when a model rule is broken, or null.</param>
internal readonly record struct ReadProblem(string Code, string Text, string? Expected = null, string? Value = null, Exception? Inner = null)
{
    /// <summary>A value the model refuses: its <see cref="IsmsException"/> (code quoted) or guard's <see cref="ArgumentException"/>.</summary>
    public static ReadProblem BrokenRule(Exception ex, string? value = null) => ex is IsmsException model
        ? new(model.Code == IsmsErrorCodes.DuplicateId ? DocumentErrorCodes.DuplicateId : DocumentErrorCodes.InvalidValue,
            string.Create(CultureInfo.InvariantCulture, $"the value breaks a rule of the model ({model.Code}): {model.Message.TrimEnd('.')}"), null, value ?? model.Value, model)
        : new(DocumentErrorCodes.InvalidValue, "the value is refused by the model: " + ex.Message.TrimEnd('.'), null, value, ex);

    /// <summary>
    /// Why <paramref name="text"/> cannot be an id (empty, or white space around it), or null when it can. Ids are
    /// compared exactly, so a padded id would silently be another id.
    /// </summary>
    public static string? IdFlaw(string text) =>
        string.IsNullOrWhiteSpace(text) ? "is empty"
        : text.Trim().Length != text.Length ? "has white space around it"
        : null;

    /// <summary>Runs a constructor of the model; its refusal becomes a problem at <paramref name="site"/>.</summary>
    public static T Modelled<T, TSite>(TSite site, Fail<TSite> fail, Func<T> create, string? value = null)
    {
        try
        {
            return create();
        }
        catch (Exception ex) when (ex is IsmsException or ArgumentException)
        {
            throw fail(site, BrokenRule(ex, value));
        }
    }
}

/// <summary>Places a <see cref="ReadProblem"/> at a site of the input and returns the exception to throw.</summary>
/// <typeparam name="TSite">The format's location: a JSON path, a line and column.</typeparam>
internal delegate Exception Fail<in TSite>(TSite site, ReadProblem problem);
