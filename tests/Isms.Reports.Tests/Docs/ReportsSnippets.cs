using Isms.Core;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Reports.Tests.Docs;

/// <summary>The code shown in docs/reports.md and the package README, compiled and run by <see cref="ReportsDocSnippetTests"/>.</summary>
internal static class ReportsSnippets
{
    public static async Task<(byte[] Svg, byte[] Xlsx, int Controls, string Excluded)> Write(InformationSecurityManagementSystem isms, LocalDate today, CancellationToken ct)
    {
        using var console = new StringWriter();
        #region reports
        var register = RegisterScorer.Score(isms, today);
        using var svg = new MemoryStream();                // or File.Create("heatmap.svg"), or an HTTP response body
        await RiskHeatMapSvgWriter.WriteAsync(register, [RiskStage.Inherent, RiskStage.Residual], isms.Profile.LegalName, svg, ct);

        using var xlsx = new MemoryStream();
        int controls = await SoaWorkbookWriter.WriteAsync(isms, isms.StatementOfApplicability!, xlsx, ct);

        foreach (var row in SoaRows.Of(isms, isms.StatementOfApplicability!).Where(r => r.Applicable == "no"))
            console.WriteLine($"{row.Id} {row.Title}: {row.ExclusionJustification}");
        #endregion
        return (svg.ToArray(), xlsx.ToArray(), controls, console.ToString());
    }
}
