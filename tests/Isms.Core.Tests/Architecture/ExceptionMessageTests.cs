using Isms.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Isms.Core.Tests.Architecture;

/// <summary>
/// No code decides anything from an exception's message text: errors carry their code, entity, member and value as
/// data, and rewording a message must never change behaviour. The check reads every C# file under src/ and samples/
/// as a syntax tree and reports each use of a <c>.Message</c> (or of a local holding one) in a comparison, a
/// condition, a pattern, a regex, or a StartsWith/Contains/EndsWith/Split/IndexOf/Equals call. Copying a message into
/// another text is fine and not reported.
/// </summary>
public sealed class ExceptionMessageTests
{
    /// <summary>
    /// Files allowed to read a message, each with the reason. Only exceptions of other libraries that carry no
    /// structured data for the case may be here; the library's own errors never.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/Isms.Serialization/Reading/JsonErrorTranslator.cs"] =
            "translates System.Text.Json's JsonException, whose unknown-member, missing-member and duplicate cases carry no data but the text",
    };

    [Fact]
    public void No_code_in_src_or_samples_decides_from_an_exception_message()
    {
        var root = RepositoryLayout.Root.FullName;
        var uses = new List<string>();
        foreach (var folder in new[] { "src", "samples" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                    || Allowed.ContainsKey(relative))
                {
                    continue;
                }

                uses.AddRange(MessageUseFinder.Find(File.ReadAllText(file)).Select(u => $"{relative}:{u}"));
            }
        }

        Assert.True(uses.Count == 0, "decisions made from a message's text:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void Every_allowed_file_still_exists() =>
        Assert.All(Allowed.Keys, f => Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root.FullName, f)), f));

    [Theory]
    [InlineData("if (ex.Message.StartsWith(\"IsmsScope\")) { }")]
    [InlineData("var m = Pattern().Match(ex.Message);")]
    [InlineData("var b = Regex.IsMatch(ex.InnerException!.Message, \"x\");")]
    [InlineData("var b = ex.Message == \"x\";")]
    [InlineData("var b = ex.Message.TrimEnd('.').EndsWith(\"y\", StringComparison.Ordinal);")]
    [InlineData("var parts = ex.Message.Split(':');")]
    [InlineData("var message = ex.Message; if (message.Contains(\"Duplicate\")) { }")]
    [InlineData("var kind = ex.Message switch { \"a\" => 1, _ => 2 };")]
    [InlineData("var b = ex.Message is \"a\" or \"b\";")]
    [InlineData("var b = string.Equals((ex.InnerException ?? ex).Message, \"x\", StringComparison.Ordinal);")]
    [InlineData("var i = ex.Message.IndexOf(\" Path:\", StringComparison.Ordinal);")]
    public void The_check_reports_a_decision_from_a_message(string statement) =>
        Assert.NotEmpty(MessageUseFinder.Find(Wrap(statement)));

    [Theory]
    [InlineData("var text = \"the value breaks a rule: \" + ex.Message.TrimEnd('.');")]
    [InlineData("Console.Error.WriteLine($\"isms: {ex.Message}\");")]
    [InlineData("throw new InvalidOperationException(ex.Message, ex);")]
    [InlineData("var code = ex.Code; if (code == \"ISMS-CORE-002\") { }")]
    [InlineData("var width = ex.Message.Length + 2;")]
    public void The_check_lets_a_message_be_copied_into_text(string statement) =>
        Assert.Empty(MessageUseFinder.Find(Wrap(statement)));

    private static string Wrap(string statement) =>
        "class C { void M(System.Exception ex) { " + statement + " } }";

    /// <summary>Finds the places where a message's text takes part in a decision.</summary>
    private static class MessageUseFinder
    {
        /// <summary>Methods that inspect the text they are called on or given.</summary>
        private static readonly HashSet<string> Inspecting = new(StringComparer.Ordinal)
        {
            "StartsWith", "EndsWith", "Contains", "Split", "IndexOf", "LastIndexOf", "IndexOfAny", "Equals", "Compare",
            "CompareTo", "CompareOrdinal", "Match", "Matches", "IsMatch", "Count",
        };

        /// <summary>Methods that turn text into other text: the result is still the message.</summary>
        private static readonly HashSet<string> Transforming = new(StringComparer.Ordinal)
        {
            "Trim", "TrimEnd", "TrimStart", "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant", "Substring",
            "AsSpan", "Normalize",
        };

        public static IEnumerable<string> Find(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source);
            var root = tree.GetRoot();

            // A local initialised from a message holds the message: `var message = ex.Message;`.
            var aliases = root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .Where(v => v.Initializer?.Value is { } value && IsMessage(value, []))
                .Select(v => v.Identifier.ValueText)
                .ToHashSet(StringComparer.Ordinal);

            foreach (var node in root.DescendantNodes().OfType<ExpressionSyntax>())
            {
                if (!IsMessage(node, aliases) || IsMessage(node.Parent as ExpressionSyntax, aliases) && node.Parent is not InvocationExpressionSyntax)
                {
                    continue;
                }

                var top = Outermost(node);
                if (Decides(top))
                {
                    var line = tree.GetLineSpan(node.Span).StartLinePosition.Line + 1;
                    yield return $"{line}: {top.Parent?.ToString().Trim() ?? top.ToString()}";
                }
            }
        }

        private static bool IsMessage(ExpressionSyntax? node, HashSet<string> aliases) => node switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Message" } => true,
            MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Message" } => true,
            IdentifierNameSyntax id => aliases.Contains(id.Identifier.ValueText),
            ParenthesizedExpressionSyntax p => IsMessage(p.Expression, aliases),
            _ => false,
        };

        /// <summary>Climbs through transformations (`.TrimEnd('.')`, `?.`, parentheses) to the expression that is used.</summary>
        private static ExpressionSyntax Outermost(ExpressionSyntax node)
        {
            var current = node;
            while (true)
            {
                switch (current.Parent)
                {
                    case ParenthesizedExpressionSyntax p:
                        current = p;
                        continue;
                    case ConditionalAccessExpressionSyntax c when c.Expression == current:
                        current = c;
                        continue;
                    case MemberAccessExpressionSyntax m when m.Expression == current && Transforming.Contains(m.Name.Identifier.ValueText)
                        && m.Parent is InvocationExpressionSyntax call:
                        current = call;
                        continue;
                    default:
                        return current;
                }
            }
        }

        private static bool Decides(ExpressionSyntax used) => used.Parent switch
        {
            BinaryExpressionSyntax b => b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression),
            IsPatternExpressionSyntax => true,
            SwitchExpressionSyntax s => s.GoverningExpression == used,
            SwitchStatementSyntax => true,
            IfStatementSyntax or WhileStatementSyntax or ConditionalExpressionSyntax => used.Parent is not ConditionalExpressionSyntax c || c.Condition == used,
            MemberAccessExpressionSyntax m => m.Expression == used && Inspecting.Contains(m.Name.Identifier.ValueText),
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } => Inspecting.Contains(NameOf(call)),
            _ => false,
        };

        private static string NameOf(InvocationExpressionSyntax call) => call.Expression switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            IdentifierNameSyntax id => id.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
