using System.Text;

namespace Isms.Serialization.Tests.Import;

/// <summary>Valid inputs of the import readers, as users write them: the examples of the tests and the seeds of the fuzz tests.</summary>
internal static class ImportSamples
{
    public const string ScenarioJson = """
        {
          // the sample organisation's ransomware scenario
          "scenarios": [
            {
              "id": "R-01",
              "name": "Ransomware encrypts the file servers",
              "Threat Event Frequency": { "low": 0.5, "mode": 2, "high": 6 },
              "Vulnerability": { "low": 0.05, "mode": 0.2, "high": 0.4 },
              "Primary Loss": { "low": 50000, "high": 2000000 },
              "Secondary Loss Event Frequency": 0.3,
              "Secondary Loss Event Magnitude": { "mean": 200000, "stdev": 50000 }
            },
            {
              "id": "R-02",
              "name": "Phishing leads to payment fraud",
              "nodes": {
                "contact_frequency": { "distribution": "uniform", "low": 20, "high": 60 },
                "probability_of_action": { "low": 0.05, "mode": 0.1, "high": 0.2, "shape": 6 },
                "Threat Capability": { "distribution": "triangular", "low": 10, "mode": 50, "high": 90 },
                "Control Strength": { "low": 40, "mode": 60, "high": 80, "variant": "moment-matched" },
                "Loss Magnitude": { "low": 5000, "high": 80000, "confidence": 0.8 }
              }
            }
          ],
          "controls": [
            { "id": "EDR", "name": "Endpoint detection and response", "cost": 40000, "scenarios": ["R-01"], "annexA": ["8.7"],
              "reduces": { "Vulnerability": { "low": 0.3, "mode": 0.5, "high": 0.7 } } }
          ],
          "correlations": [ { "scenarios": ["R-01", "R-02"], "coefficient": 0.3 } ]
        }
        """;

    /// <summary>One scenario object as pyfair's <c>FairModel.to_json</c> writes it.</summary>
    public const string PyfairJson = """{"name": "Basic model", "type": "FairModel", "n_simulations": 10000, "random_seed": 42, "model_uuid": "b6c6c0e6", "creation_date": "2024-01-01 10:00:00", "Loss Event Frequency": {"low": 20, "mode": 100, "high": 900}, "Loss Magnitude": {"low": 3000000, "mode": 3500000, "high": 5000000}}""";

    /// <summary>An array of scenarios with every kind of estimate.</summary>
    public const string ArrayJson = """
        [
          { "id": "A", "LEF": 0.5, "LM": { "mu": 10, "sigma": 1 } },
          { "id": "B", "TEF": { "rate": 3 }, "Vulnerability": { "distribution": "uniform", "low": 0.1, "high": 0.3 },
            "Primary Loss": { "low": 1000, "high": 90000, "lowProbability": 0.1, "highProbability": 0.9 } },
          { "id": "C", "LEF": { "mean": 2, "sd": 0.5, "truncateBelow": 0 }, "LM": { "distribution": "pert", "min": 10, "likely": 20, "max": 90 } }
        ]
        """;

    public const string ScenarioCsv = """"
        # Quantified risks of the register
        Identifier,Name,Probability,Low_loss,High_loss
        R-01,"Ransomware, file servers",0.3,150000,2500000
        R-04,Laptops lost or stolen,5,1500,25000
        R-07, "Supplier ""breach""" ,0.05,50000,4000000

        """";

    // The shape of a CISO Assistant risk matrix (json_definition): levels with 0-based ids, grid[probability][impact].
    public const string CisoAssistant4x4 = """
        {
          "name": "4x4 risk matrix from EBIOS-RM",
          "probability": [
            { "id": 0, "abbreviation": "V1", "name": "Unlikely", "hexcolor": "#BBF7D0" },
            { "id": 1, "abbreviation": "V2", "name": "Likely" },
            { "id": 2, "abbreviation": "V3", "name": "Very likely" },
            { "id": 3, "abbreviation": "V4", "name": "Certain" }
          ],
          "impact": [
            { "id": 0, "abbreviation": "G1", "name": "Minor" },
            { "id": 1, "abbreviation": "G2", "name": "Significant" },
            { "id": 2, "abbreviation": "G3", "name": "Important" },
            { "id": 3, "abbreviation": "G4", "name": "Critical" }
          ],
          "risk": [
            { "id": 0, "abbreviation": "1", "name": "Low", "hexcolor": "#BBF7D0" },
            { "id": 1, "abbreviation": "2", "name": "Medium" },
            { "id": 2, "abbreviation": "3", "name": "High" }
          ],
          "grid": [[0, 0, 0, 1], [0, 0, 1, 1], [1, 1, 2, 2], [1, 2, 2, 2]]
        }
        """;

    /// <summary>A matrix wrapped as CISO Assistant stores it: json_definition a string of JSON.</summary>
    public static string WrappedAsString => $$"""{ "ref_id": "m", "urn": "urn:intuitem:risk:matrix:4x4", "json_definition": {{System.Text.Json.JsonSerializer.Serialize(CisoAssistant4x4)}} }""";

    public const string Soc2 = """
        # A vendor's catalog: SOC 2 Trust Services Criteria (ids and titles only)
        id	theme	group	title
        CC6.1	Common Criteria	CC6 Logical and Physical Access Controls	Logical access security software, infrastructure and architectures
        CC6.2	Common Criteria	CC6 Logical and Physical Access Controls	Registration and authorization of new users
        A1.2	Availability		Environmental protections, software, data backup and recovery infrastructure
        """;

    public const string OwnCatalogWithAttributes = "id\ttheme\ttitle\tnew_in_2022\tcontrol_type\tproperties\tconcepts\tcapabilities\tdomains\n"
        + "X.1\tOwn\tLog review\ttrue\tDetective\tIntegrity,Availability\t#Detect\tinformation_security_event_management\tDefence\n"
        + "X.2\tOwn\tBackups\tfalse\tCorrective\tAvailability\tRecover\tContinuity\tResilience\n";

    public const string Soc2ToIso = "id_soc2\tid_2022\nCC6.1\t8.3\nCC6.1\t5.15\nCC6.2\t5.16\nA1.2\t8.13\n";

    public const string Applicable2013 = "id\tnote\n# what was applicable\nA.5.1.1\tpolicies\n12.6.1\na 9.2.1\n\nA.18.2.3\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
