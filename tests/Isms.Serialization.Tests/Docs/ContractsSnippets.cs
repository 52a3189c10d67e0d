using System.Text.Json;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Risk.Scoring;
using Isms.Serialization.Contracts;
using NodaTime;

namespace Isms.Serialization.Tests.Docs;

/// <summary>The code shown in docs/contracts.md, compiled and run by <see cref="ContractsSnippetTests"/>.</summary>
internal static class ContractsSnippets
{
    public static string Risks(InformationSecurityManagementSystem isms, LocalDate today)
    {
        #region contracts-risks
        var register = RegisterScorer.Score(isms, today);
        string json = JsonSerializer.Serialize(ScoredRegisterContract.From(register), IsmsJson.TypeInfo<ScoredRegisterContract>());
        // {"methodology":"...","asOf":"2026-11-28","appetite":"Medium","risks":[{"id":"R1","title":"...","inherent":{...
        #endregion
        return json;
    }

    public static CertificationRecord Event(CertificationLifecycle lifecycle, CertificationRecord record, PersonId signedInUser)
    {
        #region contracts-trigger
        var body = """{"trigger":"AcceptApplication","payload":{"reviewedOn":"2024-01-15","reviewer":"cb"}}""";
        var request = JsonSerializer.Deserialize(body, IsmsJson.TypeInfo<CertificationEventRequest>())!;
        record = request.FireOn(lifecycle, record, signedInUser);   // ISMS-JSON-00x: 422; ISMS-CERT-001: 409
        #endregion
        return record;
    }
}
