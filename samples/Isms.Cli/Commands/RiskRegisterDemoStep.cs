using Isms.Cli.Hosting;
using Isms.Risk.Scoring;

namespace Isms.Cli.Commands;

/// <summary>The demo's risk step: the register scored, the top risks explained, the residual heat map.</summary>
internal sealed class RiskRegisterDemoStep : DemoStep
{
    public override int Order => 30;

    public override string Title => "Risk assessment and treatment (isms risks, isms heatmap)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var isms = SampleData.SampleOrganisation.Create(today);
        var register = RegisterScorer.Score(isms, today);
        var byEvaluation = register.ByEvaluation();
        int Count(RiskEvaluation e) => byEvaluation.TryGetValue(e, out var list) ? list.Length : 0;
        Wrap(output, $"{register.Risks.Length} risks under '{register.Criteria.Name}': {Count(RiskEvaluation.WithinAppetite)} within appetite, {Count(RiskEvaluation.Accepted)} accepted, {Count(RiskEvaluation.NeedsTreatment)} need treatment.", "  ", "  ");
        var top = register.Top(1).FirstOrDefault();
        if (top is not null)
        {
            Wrap(output, $"Highest current risk, {top.Id} \"{top.Scenario.Title}\", explained:", "  ", "  ");
            foreach (var line in top.Score.Explanation)
            {
                Wrap(output, line, "    ", "      ");
            }
        }

        output.WriteLine();
        HeatmapVerb.Write(register.HeatMap(RiskStage.Residual), output);
        var findings = register.Findings;
        output.WriteLine();
        Wrap(output, $"{findings.Length} consistency findings (isms risks lists them), e.g. " + string.Join("; ", findings.Take(2).Select(f => $"{f.Code} {f.RiskId}")) + ".", "  ", "  ");
    }

    private static void Wrap(TextWriter output, string text, string first, string rest, int width = 79)
    {
        var prefix = first;
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && prefix.Length + line.Length + 1 + word.Length > width)
            {
                output.WriteLine(prefix + line);
                prefix = rest;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        output.WriteLine(prefix + line);
    }
}
