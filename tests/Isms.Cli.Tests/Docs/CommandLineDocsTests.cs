using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Isms.Cli.Hosting;
using Isms.Samples.CommandLine;
using Isms.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Cli.Tests.Docs;

/// <summary>
/// docs/command-line.md cannot rot: its verb example is this file's region <c>add-verb</c>, verbatim, and runs here as
/// a sub-verb; its completion script completes verbs, choices and files in a real bash.
/// </summary>
public sealed partial class CommandLineDocsTests
{
    private static readonly string Page = Path.Combine(RepositoryLayout.Root.FullName, "docs", "command-line.md");

    [Fact]
    public void The_page_shows_the_tested_verb_verbatim()
    {
        var block = SnippetBlock().Match(File.ReadAllText(Page).ReplaceLineEndings("\n"));

        Assert.True(block.Success, "docs/command-line.md has no block marked <!-- snippet: add-verb -->");
        Assert.Equal(Region("add-verb"), block.Groups["code"].Value.TrimEnd());
    }

    [Fact]
    public void The_example_verb_runs_as_a_sub_verb_with_its_usage_generated()
    {
        var host = new CommandLineHost<Verb>(new CommandLineProgram("isms", "isms", "1"), [new OscalExportVerb()]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new FakeClock(Instant.FromUtc(2026, 11, 28, 9, 0)));

        var code = host.Run(["oscal", "export", "--model", "Profile", "--out", "profile.json"], output, error, (verb, args) => verb.Run(args, context));
        var missing = host.Run(["oscal", "export"], output, error, (verb, args) => verb.Run(args, context));

        Assert.Equal(0, code);
        Assert.Equal(2, missing);
        Assert.Equal("profile as of 2026-11-28 -> profile.json" + Environment.NewLine, output.ToString());
        Assert.Equal("isms: option --out is required for 'oscal export' (see 'isms oscal export --help')" + Environment.NewLine, error.ToString());
        Assert.Equal("oscal export [FILE] [--model catalog|profile|ssp] --out PATH [--as-of YYYY-MM-DD]", host.Verbs[0].Usage);
    }

    [Fact]
    public void The_completion_script_completes_verbs_choices_and_falls_back_to_files_in_bash()
    {
        var script = Path.Combine(RepositoryLayout.Root.FullName, "samples", "Shared", "CommandLine", "isms-completion.bash");
        var dll = Path.Combine(AppContext.BaseDirectory, "isms.dll");
        var bash = $$"""
            isms() { dotnet '{{dll}}' "$@"; }
            . '{{script}}'
            complete -p isms
            t() { COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _isms_complete; echo "[${COMPREPLY[*]}]"; }
            t "isms cat"
            t "isms simulate --mode "
            t "isms validate "
            t "isms validate --f"
            """;
        var (output, error) = Bash(bash);

        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 5, output + error);
        Assert.Contains("-o default", lines[0], StringComparison.Ordinal);
        Assert.Equal(["[catalog certification]", "[annual expected]", "[]", "[--format]"], lines[1..]);
    }

    private static (string Out, string Error) Bash(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script.ReplaceLineEndings("\n"));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bash did not finish");
        }

        return (output.Result, error.Result);
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Cli.Tests", "Docs", "CommandLineDocsTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        return string.Join('\n', source[(start + 1)..end]).TrimEnd();
    }

    [GeneratedRegex(@"<!-- snippet: add-verb -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}

#region add-verb
/// <summary><c>isms oscal export [FILE] [--model MODEL] --out PATH [--as-of YYYY-MM-DD]</c>.</summary>
internal sealed class OscalExportVerb : Verb
{
    public override string Name => "oscal export";

    public override string Summary => "Export the ISMS as an OSCAL document";

    protected override IReadOnlyList<Argument> DeclareArguments() =>
        [CliArguments.File("FILE", "An isms document (default: the built-in sample organisation)")];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Choice("--model", "The OSCAL model (default ssp)", ["catalog", "profile", "ssp"]),
        CliOptions.Out("Where to write the OSCAL JSON", required: true),
        CliOptions.AsOf(),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var model = args.Get("model", "ssp");
        var asOf = args.AsOf(context.Clock);
        context.Out.WriteLine($"{model} as of {asOf:uuuu-MM-dd} -> {args.Get("out")}");
        return ExitCodes.Success;
    }
}
#endregion
