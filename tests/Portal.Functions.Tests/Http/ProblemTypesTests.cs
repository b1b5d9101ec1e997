using Portal.Functions.Http.Problems;

namespace Portal.Functions.Tests.Http;

public sealed class ProblemTypesTests
{
    [Fact]
    public void EveryProblemTypeHasItsOwnAbsoluteUriAndAJapaneseTitle()
    {
        Assert.Equal(ProblemTypes.All.Count, ProblemTypes.All.Select(t => t.Uri).Distinct().Count());
        Assert.All(ProblemTypes.All, t =>
        {
            Assert.True(t.Uri.IsAbsoluteUri);
            Assert.InRange(t.Status, 400, 599);
            Assert.Matches(@"\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographs}", t.Title);
        });
    }

    [Theory]
    [InlineData(404, "not-found")]
    [InlineData(405, "method-not-allowed")]
    [InlineData(400, "bad-request")]
    [InlineData(503, "service-unavailable")]
    [InlineData(429, "rate-limited")]
    public void ABareStatusMapsToItsGeneralType(int status, string slug)
    {
        var type = ProblemTypes.ForStatus(status);

        Assert.Equal(slug, type.Slug);
        Assert.Equal(status, type.Status);
    }
}
