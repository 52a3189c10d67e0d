namespace Isms.Oscal.Tests.Support;

/// <summary>Small OSCAL documents written for the tests.</summary>
internal static class OscalSamples
{
    /// <summary>A catalog with a group, a nested group, a control with an enhancement, a control outside groups and parameters.</summary>
    public const string SmallCatalog = """
        {
          "catalog": {
            "uuid": "2c8a3f4e-1b7d-4e0a-9c7e-0f6a1d2b3c4d",
            "metadata": { "title": "Small catalog", "last-modified": "2025-01-01T00:00:00Z", "version": "1.0", "oscal-version": "1.1.2" },
            "params": [ { "id": "p-0", "label": "a period" } ],
            "controls": [ { "id": "x-1", "title": "Outside any group" } ],
            "groups": [
              {
                "id": "g1", "title": "First family",
                "controls": [
                  {
                    "id": "g1-1", "title": "A control", "params": [ { "id": "g1-1_prm_1" } ],
                    "props": [ { "name": "label", "value": "G1-1" } ],
                    "parts": [ { "id": "g1-1_smt", "name": "statement", "prose": "Do it." } ],
                    "controls": [ { "id": "g1-1.1", "title": "An enhancement", "props": [ { "name": "status", "value": "withdrawn" } ] } ]
                  }
                ],
                "groups": [ { "id": "g1.a", "title": "Sub-family", "controls": [ { "id": "g1-2", "title": "Another control" } ] } ]
              }
            ]
          }
        }
        """;
}
