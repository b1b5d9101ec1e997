using System.Reflection;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Tests.Http;

public sealed class ProblemTypesTests
{
    /// <summary>Every problem type any feature declares: the static ProblemType fields of the Functions assembly.</summary>
    private static readonly IReadOnlyList<ProblemType> All = [.. typeof(ProblemType).Assembly.GetTypes()
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.FieldType == typeof(ProblemType))
        .Select(field => (ProblemType)field.GetValue(null)!)];

    [Fact]
    public void EveryProblemTypeHasItsOwnAbsoluteUriAndAJapaneseTitle()
    {
        Assert.True(All.Count > 50, $"only {All.Count} problem types found");
        Assert.Equal(All.Count, All.Select(t => t.Uri).Distinct().Count());
        Assert.All(All, t =>
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
