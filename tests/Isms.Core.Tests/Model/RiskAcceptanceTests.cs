using Isms.Core.RiskManagement;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

public class RiskAcceptanceTests
{
    private static readonly RiskAcceptance Acceptance = new()
    {
        AcceptedBy = TestIsms.Ciso,
        AcceptedOn = TestIsms.Today.PlusMonths(-2),
        Rationale = "Cost of further treatment exceeds expected loss",
        ExpiresOn = TestIsms.Today.PlusMonths(10),
        AcceptedAssessment = TestIsms.Assessment(3, 3),
    };

    [Fact]
    public void An_acceptance_matches_the_assessment_it_accepted_even_when_reassessed_later_at_the_same_levels()
    {
        Assert.True(Acceptance.Matches(TestIsms.Assessment(3, 3, TestIsms.Today)));
    }

    [Fact]
    public void An_acceptance_no_longer_matches_once_the_assessment_changes()
    {
        Assert.False(Acceptance.Matches(TestIsms.Assessment(4, 3)));
        Assert.False(Acceptance.Matches(TestIsms.Assessment(3, 2)));
    }

    [Fact]
    public void An_acceptance_is_valid_until_its_expiry_date_inclusive()
    {
        Assert.True(Acceptance.IsValidOn(TestIsms.Today));
        Assert.True(Acceptance.IsValidOn(TestIsms.Today.PlusMonths(10)));
        Assert.False(Acceptance.IsValidOn(TestIsms.Today.PlusMonths(10).PlusDays(1)));
        Assert.False(Acceptance.IsValidOn(TestIsms.Today.PlusMonths(-3)));
    }
}
