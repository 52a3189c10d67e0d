using System.Text.RegularExpressions;
using Isms.Testing;

namespace Isms.Cli.Tests;

/// <summary>The <c>isms ...</c> command lines the README shows users are accepted by the host, in the order shown.</summary>
public sealed partial class ReadmeCommandsTests
{
    [Fact]
    public void Every_isms_command_in_the_README_runs_in_order_and_is_never_a_usage_or_input_error()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "README.md"));
        var commands = ShellBlock().Matches(readme)
            .SelectMany(block => block.Groups["body"].Value.ReplaceLineEndings("\n").Split('\n'))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.StartsWith("isms ", StringComparison.Ordinal))
            .ToList();
        Assert.True(commands.Count >= 5, $"expected the README's file workflow, found {commands.Count} isms command lines");

        using var folder = new TempFolder();
        foreach (var command in commands)
        {
            // File arguments (documents and reports) go to a fresh folder; the rest is passed as written.
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(a => a.EndsWith(".json", StringComparison.Ordinal) || a.EndsWith(".xlsx", StringComparison.Ordinal) || a.EndsWith(".svg", StringComparison.Ordinal) ? folder.File(a) : a)
                .ToArray();
            var result = CliRunner.InProcess(args);
            Assert.True(result.ExitCode is 0 or 1, $"'{command}' exited {result.ExitCode}: {result.Error}");
            Assert.True(result.ExitCode == 0 || result.Error.Length == 0, $"'{command}' wrote an error with exit 1: {result.Error}");
            Assert.NotEmpty(result.Out);
        }

        Assert.True(File.Exists(folder.File("my-isms.json")));
        Assert.True(File.Exists(folder.File("record.json")));
    }

    [GeneratedRegex("```sh\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
