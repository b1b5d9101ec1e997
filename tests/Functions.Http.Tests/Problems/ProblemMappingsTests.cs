using Functions.Http.Problems;

namespace Functions.Http.Tests.Problems;

public sealed class ProblemMappingsTests
{
    public static TheoryData<string, Action<ProblemMappings>> RegisteredTwice => new()
    {
        { "an error type", m => m.Map<TimeoutException>((_, p) => p.Problem(new(503, "a"), null)).Map<TimeoutException>((_, p) => p.Problem(new(503, "b"), null)) },
        { "the bare status", m => m.MapStatus((s, p) => p.Problem(new(s, "a"), null)).MapStatus((s, p) => p.Problem(new(s, "b"), null)) },
        { "unmapped errors", m => m.MapUnmapped((_, s, p) => p.Problem(new(s, "a"), null)).MapUnmapped((_, s, p) => p.Problem(new(s, "b"), null)) },
        { "a field by two names", m => m.Name("from", "開始日時").Name("from", "開始日") },
    };

    [Theory]
    [MemberData(nameof(RegisteredTwice))]
    public void WhatTwoFeaturesRegisterDifferentlyIsRefused(string what, Action<ProblemMappings> register)
    {
        Assert.Throws<InvalidOperationException>(() => register(new ProblemMappings()));
        Assert.NotEmpty(what);
    }

    [Fact]
    public void AFieldNamedTheSameWayTwiceIsFineAndAnUnnamedOneIsItself()
    {
        var mappings = new ProblemMappings().Name("from", "開始日時").Name("from", "開始日時");

        Assert.Equal("開始日時", mappings.FieldName("from"));
        Assert.Equal("to", mappings.FieldName("to"));
    }
}
