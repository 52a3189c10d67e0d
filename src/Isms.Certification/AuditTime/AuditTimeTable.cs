using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Certification.AuditTime;

/// <summary>
/// An audit-time table as data: contiguous headcount bands from 1 person with the initial audit time of each, its
/// source, and how to continue above the last band. <see cref="Iso27006"/> is the ISO/IEC 27006 table; a
/// certification body can supply its own.
/// </summary>
/// <threadsafety>This type is immutable; instances are safe to share between threads.</threadsafety>
public sealed class AuditTimeTable
{
    /// <summary>Creates and validates a table.</summary>
    /// <param name="source">Where the figures come from.</param>
    /// <param name="rows">Contiguous bands starting at 1 person, audit time not decreasing.</param>
    /// <param name="personsPerExtraDayAboveTable">Above the last band, one more auditor-day per this many persons (the table's "follow the progression").</param>
    /// <exception cref="CertificationException">An empty source, a null row, gaps, overlaps, decreasing days or a non-positive step (<c>ISMS-CERT-010</c>).</exception>
    public AuditTimeTable(string source, IEnumerable<AuditTimeRow> rows, int personsPerExtraDayAboveTable)
    {
        Source = Require.Text(source, CertificationErrorCodes.InvalidAuditTimeTable, nameof(AuditTimeTable), nameof(Source));
        Rows = [.. Guard.Against.Null(rows)];
        if (Rows.IsEmpty || Rows[0] is null || Rows[0].MinPersons != 1)
        {
            Fail("Rows[0]", null, "the first row must start at 1 person");
        }

        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            if (row is null)
            {
                Fail($"Rows[{i}]", null, $"row {i} is null");
            }

            if (row.MaxPersons < row.MinPersons || row.AuditorDays <= 0)
            {
                Fail($"Rows[{i}]", null, $"row {i} ({row.MinPersons}-{row.MaxPersons}: {row.AuditorDays}) must have MaxPersons >= MinPersons and positive AuditorDays");
            }

            if (!Enum.IsDefined(row.Status))
            {
                Fail($"Rows[{i}].Status", row.Status.ToString(), $"row {i} has an undefined status {row.Status}");
            }

            if (i > 0 && (row.MinPersons != Rows[i - 1].MaxPersons + 1 || row.AuditorDays < Rows[i - 1].AuditorDays))
            {
                Fail($"Rows[{i}]", null, $"row {i} ({row.MinPersons}-{row.MaxPersons}) must start right after row {i - 1} ends ({Rows[i - 1].MaxPersons}) with no fewer days");
            }
        }

        if (personsPerExtraDayAboveTable <= 0)
        {
            Fail(nameof(PersonsPerExtraDayAboveTable), personsPerExtraDayAboveTable.ToString(System.Globalization.CultureInfo.InvariantCulture), $"PersonsPerExtraDayAboveTable must be positive, was {personsPerExtraDayAboveTable}");
        }

        PersonsPerExtraDayAboveTable = personsPerExtraDayAboveTable;
    }

    /// <summary>
    /// The ISO/IEC 27006 audit-time chart (ISO/IEC 27006:2015 Annex B Table B.1; ISO/IEC 27006-1:2024 Annex C):
    /// 1-10: 5 ... 876-1175: 18.5, 1176-1550: 19.5 ... 8501-10700: 28; above 10700 one more day per 2200 persons (the
    /// table says "follow the progression"; this step is the library's reading). The rows above 1175 persons have the
    /// status <see cref="AuditTimeRowStatus.SinglePublicTranscription"/>: their day values match one public transcription,
    /// a certification body's procedure (NIOSHCert CAP 03-01 Table 9), not a copy of the standard (docs/certification.md).
    /// </summary>
    public static AuditTimeTable Iso27006 { get; } = new(
        "ISO/IEC 27006:2015 Table B.1; ISO/IEC 27006-1:2024 Annex C",
        [
            new(1, 10, 5m), new(11, 15, 6m), new(16, 25, 7m), new(26, 45, 8.5m), new(46, 65, 10m), new(66, 85, 11m),
            new(86, 125, 12m), new(126, 175, 13m), new(176, 275, 14m), new(276, 425, 15m), new(426, 625, 16.5m),
            new(626, 875, 17.5m), new(876, 1175, 18.5m),
            new(1176, 1550, 19.5m, Transcribed), new(1551, 2025, 21m, Transcribed), new(2026, 2675, 22m, Transcribed),
            new(2676, 3450, 23m, Transcribed), new(3451, 4350, 24m, Transcribed), new(4351, 5450, 25m, Transcribed),
            new(5451, 6800, 26m, Transcribed), new(6801, 8500, 27m, Transcribed), new(8501, 10700, 28m, Transcribed),
        ],
        2200);

    /// <summary>Where the figures come from.</summary>
    public string Source { get; }

    private const AuditTimeRowStatus Transcribed = AuditTimeRowStatus.SinglePublicTranscription;

    /// <summary>The bands, ascending.</summary>
    public ImmutableArray<AuditTimeRow> Rows { get; }

    /// <summary>Above the last band, one more auditor-day per this many persons.</summary>
    public int PersonsPerExtraDayAboveTable { get; }

    /// <summary>The initial audit time for <paramref name="persons"/> before adjustment.</summary>
    /// <param name="persons">Persons doing work under the organisation's control, positive.</param>
    /// <exception cref="CertificationException">Zero or negative persons (<c>ISMS-CERT-007</c>).</exception>
    public decimal InitialAuditorDays(int persons)
    {
        if (persons <= 0)
        {
            throw Require.Fail(
                CertificationErrorCodes.InvalidAuditTimeRequest,
                nameof(AuditTimeTable),
                nameof(persons),
                persons.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Audit time: persons must be positive, was {persons}.");
        }

        foreach (var row in Rows)
        {
            if (persons <= row.MaxPersons)
            {
                return row.AuditorDays;
            }
        }

        var last = Rows[^1];
        var extra = (persons - last.MaxPersons + PersonsPerExtraDayAboveTable - 1) / PersonsPerExtraDayAboveTable;
        return last.AuditorDays + extra;
    }

    /// <summary>The row that covers <paramref name="persons"/>, or null above the table.</summary>
    /// <param name="persons">Persons doing work under the organisation's control.</param>
    public AuditTimeRow? RowFor(int persons) => Rows.FirstOrDefault(r => persons >= r.MinPersons && persons <= r.MaxPersons);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string member, string? value, string message) =>
        throw Require.Fail(CertificationErrorCodes.InvalidAuditTimeTable, nameof(AuditTimeTable), member, value, $"Audit-time table: {message}.");
}
