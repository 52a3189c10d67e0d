using System.Collections.Immutable;
using System.Globalization;
using Isms.Core;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;
using NodaTime;

namespace Isms.Serialization.Contracts;

/// <summary>The scored risk register (<c>GET /risks</c>, <c>isms risks --format json</c>): every risk with its
/// inherent, current and residual level, its treatment, status and findings.</summary>
public sealed record ScoredRegisterContract
{
    /// <summary>The name of the organisation's risk criteria.</summary>
    public required string Methodology { get; init; }

    /// <summary>The day the register was scored.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The name of the acceptance level (the risk appetite).</summary>
    public required string Appetite { get; init; }

    /// <summary>The scored risks, then those that could not be scored (no stages, status <c>not scored</c>).</summary>
    public required ImmutableArray<ScoredRiskContract> Risks { get; init; }

    /// <summary>The contract of a scored register.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The contract.</returns>
    public static ScoredRegisterContract From(ScoredRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return new()
        {
            Methodology = register.Criteria.Name,
            AsOf = register.AsOf,
            Appetite = register.Criteria.Matrix.Definition(register.Criteria.AcceptanceLevel).Name,
            Risks = [.. register.Risks.Select(r => ScoredRiskContract.From(r)), .. register.NotScored.Select(r => ScoredRiskContract.From(r))],
        };
    }
}

/// <summary>One risk of a scored register.</summary>
public sealed record ScoredRiskContract
{
    /// <summary>The status of a risk that could not be scored (its findings say why).</summary>
    public const string NotScored = "not scored";

    /// <summary>The risk's id.</summary>
    public required string Id { get; init; }

    /// <summary>The risk's title (omitted in the readiness report's list).</summary>
    public string? Title { get; init; }

    /// <summary>The risk owner's person id (omitted in the readiness report's list).</summary>
    public string? Owner { get; init; }

    /// <summary>The inherent risk (null when not scored).</summary>
    public StageScoreContract? Inherent { get; init; }

    /// <summary>The current risk (null when not scored).</summary>
    public StageScoreContract? Current { get; init; }

    /// <summary>The residual risk (null when not scored).</summary>
    public StageScoreContract? Residual { get; init; }

    /// <summary>The treatment option in lower case: <c>modify</c>, <c>retain</c>, <c>avoid</c> or <c>share</c>.</summary>
    public string? Treatment { get; init; }

    /// <summary><c>within appetite</c>, <c>accepted</c>, <c>needs treatment</c> or <c>not scored</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The risk's findings (omitted in the readiness report's list, which lists them as readiness findings).</summary>
    public ImmutableArray<RiskFindingContract>? Findings { get; init; }

    /// <summary>How the levels were reached, one line each (scored risks only).</summary>
    public ImmutableArray<string>? Explanation { get; init; }

    /// <summary>The contract of a scored risk, in full.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The contract.</returns>
    public static ScoredRiskContract From(ScoredRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return Brief(risk) with
        {
            Title = risk.Scenario.Title,
            Owner = risk.Scenario.Owner.Value,
            Treatment = risk.Scenario.Treatment.ToString().ToLowerInvariant(),
            Findings = [.. risk.Findings.Select(RiskFindingContract.From)],
            Explanation = [.. risk.Score.Explanation],
        };
    }

    /// <summary>The contract of a risk that could not be scored, in full.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The contract.</returns>
    public static ScoredRiskContract From(UnscoredRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return Brief(risk) with
        {
            Title = risk.Scenario.Title,
            Owner = risk.Scenario.Owner.Value,
            Treatment = risk.Scenario.Treatment.ToString().ToLowerInvariant(),
            Findings = [.. risk.Findings.Select(RiskFindingContract.From)],
        };
    }

    /// <summary>The id, stages and status only (the readiness report's list of the levels its findings rest on).</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The contract.</returns>
    public static ScoredRiskContract Brief(ScoredRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new()
        {
            Id = risk.Id.Value,
            Inherent = StageScoreContract.From(risk.Score.Inherent),
            Current = StageScoreContract.From(risk.Score.Current),
            Residual = StageScoreContract.From(risk.Score.Residual),
            Status = StatusOf(risk.Score.Evaluation),
        };
    }

    /// <summary>The id and status of a risk that could not be scored.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The contract.</returns>
    public static ScoredRiskContract Brief(UnscoredRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new() { Id = risk.Id.Value, Status = NotScored };
    }

    /// <summary>The status text of an evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns><c>within appetite</c>, <c>accepted</c>, <c>needs treatment</c> or <c>not scored</c>.</returns>
    public static string StatusOf(RiskEvaluation evaluation) => evaluation switch
    {
        RiskEvaluation.WithinAppetite => "within appetite",
        RiskEvaluation.Accepted => "accepted",
        RiskEvaluation.NeedsTreatment => "needs treatment",
        _ => NotScored,
    };
}

/// <summary>A risk at one stage: the likelihood and consequence levels, the risk level with its name, and where the
/// levels came from.</summary>
public sealed record StageScoreContract
{
    /// <summary>The likelihood level (1 = lowest).</summary>
    public required int Likelihood { get; init; }

    /// <summary>The consequence level (1 = lowest).</summary>
    public required int Consequence { get; init; }

    /// <summary>The risk level (1 = lowest).</summary>
    public required int Level { get; init; }

    /// <summary>The risk level's name in the organisation's criteria.</summary>
    public required string Name { get; init; }

    /// <summary>Where the levels came from, in lower case: <c>assessed</c>, <c>asinherent</c> or <c>derived</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The contract of a stage score.</summary>
    /// <param name="stage">The stage score.</param>
    /// <returns>The contract.</returns>
    public static StageScoreContract From(StageScore stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new()
        {
            Likelihood = stage.Likelihood.Value,
            Consequence = stage.Consequence.Value,
            Level = stage.Level.Value,
            Name = stage.LevelName,
            Source = stage.Source.ToString().ToLowerInvariant(),
        };
    }
}

/// <summary>A finding on one risk.</summary>
public sealed record RiskFindingContract
{
    /// <summary>The finding's code.</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is.</summary>
    public required ReadinessSeverity Severity { get; init; }

    /// <summary>The clause or control it refers to.</summary>
    public required string Reference { get; init; }

    /// <summary>What is wrong.</summary>
    public required string Message { get; init; }

    /// <summary>The contract of a risk finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The contract.</returns>
    public static RiskFindingContract From(RiskFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new() { Code = finding.Code, Severity = finding.Severity, Reference = finding.Reference, Message = finding.Message };
    }
}

/// <summary>The readiness report (<c>GET /readiness</c>, <c>isms readiness --format json</c>): the Stage 1 readiness of
/// clauses 4 to 10 and Annex A, with the risk levels the risk findings rest on.</summary>
public sealed record ReadinessReportContract
{
    /// <summary>The organisation's legal name.</summary>
    public required string Organisation { get; init; }

    /// <summary>The day evaluated.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Ready, gaps or not ready.</summary>
    public required ReadinessStatus Status { get; init; }

    /// <summary>Whether any finding blocks certification.</summary>
    public required bool HasBlocking { get; init; }

    /// <summary>The number of findings per severity.</summary>
    public required ReadinessCountsContract Counts { get; init; }

    /// <summary>One summary per section.</summary>
    public required ImmutableArray<ReadinessSectionContract> Sections { get; init; }

    /// <summary>The findings.</summary>
    public required ImmutableArray<ReadinessFindingContract> Findings { get; init; }

    /// <summary>The risks' levels and status (<see cref="ScoredRiskContract.Brief(ScoredRisk)"/>).</summary>
    public required ImmutableArray<ScoredRiskContract> Risks { get; init; }

    /// <summary>The contract of a readiness report.</summary>
    /// <param name="isms">The ISMS analysed.</param>
    /// <param name="report">The report.</param>
    /// <param name="risks">The register scored on the same day.</param>
    /// <returns>The contract.</returns>
    public static ReadinessReportContract From(InformationSecurityManagementSystem isms, ReadinessReport report, ScoredRegister risks)
    {
        ArgumentNullException.ThrowIfNull(isms);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(risks);
        return new()
        {
            Organisation = isms.Profile.LegalName,
            AsOf = report.AsOf,
            Status = report.Status,
            HasBlocking = report.HasBlocking,
            Counts = new()
            {
                Blocking = report.Count(ReadinessSeverity.Blocking),
                Major = report.Count(ReadinessSeverity.Major),
                Minor = report.Count(ReadinessSeverity.Minor),
                Info = report.Count(ReadinessSeverity.Info),
            },
            Sections = [.. report.Sections.Select(s => new ReadinessSectionContract
            {
                Section = SectionName(s.Section),
                Title = s.Title,
                Status = s.Status,
                Blocking = s.Blocking,
                Major = s.Major,
                Minor = s.Minor,
                Info = s.Info,
            })],
            Findings = [.. report.Findings.Select(f => new ReadinessFindingContract
            {
                Code = f.Code,
                Severity = f.Severity,
                Section = SectionName(f.Section),
                Reference = f.Reference,
                Message = f.Message,
                Entities = [.. f.Entities.Select(e => new EntityReferenceContract { Kind = e.Kind, Id = e.Id })],
            })],
            Risks = [.. risks.Risks.Select(ScoredRiskContract.Brief), .. risks.NotScored.Select(ScoredRiskContract.Brief)],
        };
    }

    /// <summary>A section's short name: the clause number (<c>"4"</c> to <c>"10"</c>) or <c>"A"</c> for Annex A.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The name.</returns>
    public static string SectionName(ReadinessSection section) =>
        section == ReadinessSection.AnnexA ? "A" : ((int)section).ToString(CultureInfo.InvariantCulture);
}

/// <summary>The number of readiness findings per severity.</summary>
public sealed record ReadinessCountsContract
{
    /// <summary>Findings that block certification.</summary>
    public required int Blocking { get; init; }

    /// <summary>Major findings.</summary>
    public required int Major { get; init; }

    /// <summary>Minor findings.</summary>
    public required int Minor { get; init; }

    /// <summary>Information.</summary>
    public required int Info { get; init; }
}

/// <summary>The readiness of one section (a clause or Annex A).</summary>
public sealed record ReadinessSectionContract
{
    /// <summary>The clause number (<c>"4"</c> to <c>"10"</c>) or <c>"A"</c>.</summary>
    public required string Section { get; init; }

    /// <summary>The section's title.</summary>
    public required string Title { get; init; }

    /// <summary>Ready, gaps or not ready.</summary>
    public required ReadinessStatus Status { get; init; }

    /// <summary>Blocking findings.</summary>
    public required int Blocking { get; init; }

    /// <summary>Major findings.</summary>
    public required int Major { get; init; }

    /// <summary>Minor findings.</summary>
    public required int Minor { get; init; }

    /// <summary>Information.</summary>
    public required int Info { get; init; }
}

/// <summary>One readiness finding.</summary>
public sealed record ReadinessFindingContract
{
    /// <summary>The finding's code (<c>RDY-...</c> or a risk finding's code).</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is.</summary>
    public required ReadinessSeverity Severity { get; init; }

    /// <summary>The clause number or <c>"A"</c>.</summary>
    public required string Section { get; init; }

    /// <summary>The clause or control it refers to.</summary>
    public required string Reference { get; init; }

    /// <summary>What a Stage 1 auditor would say.</summary>
    public required string Message { get; init; }

    /// <summary>The entities concerned.</summary>
    public required ImmutableArray<EntityReferenceContract> Entities { get; init; }
}

/// <summary>A reference to an entity of the ISMS.</summary>
public sealed record EntityReferenceContract
{
    /// <summary>The entity's kind, e.g. <c>Risk</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The entity's id.</summary>
    public required string Id { get; init; }
}

/// <summary>A risk heat map at one stage: the matrix with the number of risks in each cell.</summary>
public sealed record HeatMapContract
{
    /// <summary>The stage.</summary>
    public required RiskStage Stage { get; init; }

    /// <summary>The name of the risk criteria.</summary>
    public required string Methodology { get; init; }

    /// <summary>The number of risks drawn.</summary>
    public required int Total { get; init; }

    /// <summary>The likelihood scale's level names, lowest first.</summary>
    public required ImmutableArray<string> Likelihood { get; init; }

    /// <summary>The consequence scale's level names, lowest first.</summary>
    public required ImmutableArray<string> Consequence { get; init; }

    /// <summary>One cell per likelihood and consequence, likelihood-major, lowest first.</summary>
    public required ImmutableArray<HeatMapCellContract> Cells { get; init; }

    /// <summary>The contract of a heat map.</summary>
    /// <param name="map">The heat map.</param>
    /// <returns>The contract.</returns>
    public static HeatMapContract From(RiskHeatMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var matrix = map.Criteria.Matrix;
        var cells = ImmutableArray.CreateBuilder<HeatMapCellContract>(matrix.Likelihood.Count * matrix.Consequence.Count);
        for (var l = 1; l <= matrix.Likelihood.Count; l++)
        {
            for (var c = 1; c <= matrix.Consequence.Count; c++)
            {
                var level = matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c));
                cells.Add(new()
                {
                    Likelihood = l,
                    Consequence = c,
                    Level = level.Value,
                    Name = matrix.Definition(level).Name,
                    Count = map[new LikelihoodLevel(l), new ConsequenceLevel(c)],
                });
            }
        }

        return new()
        {
            Stage = map.Stage,
            Methodology = map.Criteria.Name,
            Total = map.Total,
            Likelihood = [.. matrix.Likelihood.Levels.Select(l => l.Name)],
            Consequence = [.. matrix.Consequence.Levels.Select(l => l.Name)],
            Cells = cells.MoveToImmutable(),
        };
    }
}

/// <summary>One cell of a heat map.</summary>
public sealed record HeatMapCellContract
{
    /// <summary>The likelihood level.</summary>
    public required int Likelihood { get; init; }

    /// <summary>The consequence level.</summary>
    public required int Consequence { get; init; }

    /// <summary>The cell's risk level.</summary>
    public required int Level { get; init; }

    /// <summary>The risk level's name.</summary>
    public required string Name { get; init; }

    /// <summary>The number of risks in the cell.</summary>
    public required int Count { get; init; }
}

/// <summary>One row of a Statement of Applicability (the columns of the SoA workbook; Isms.Reports' <c>SoaRows</c>
/// computes them, a host copies them here).</summary>
public sealed record SoaRowContract
{
    /// <summary>The control's id.</summary>
    public required string Id { get; init; }

    /// <summary>The control's title.</summary>
    public required string Title { get; init; }

    /// <summary>The control's theme, or empty.</summary>
    public required string Theme { get; init; }

    /// <summary><c>yes</c>, <c>no</c> or <c>undecided</c>.</summary>
    public required string Applicable { get; init; }

    /// <summary>The reasons for inclusion with linked risks and requirements, or empty.</summary>
    public required string Reasons { get; init; }

    /// <summary>The justification for exclusion, or empty.</summary>
    public required string ExclusionJustification { get; init; }

    /// <summary>The implementation status of an applicable control, or empty.</summary>
    public required string Status { get; init; }

    /// <summary>The applied controls' ids, separated by spaces.</summary>
    public required string AppliedControls { get; init; }

    /// <summary>The evidence, separated by <c>"; "</c>.</summary>
    public required string Evidence { get; init; }
}
