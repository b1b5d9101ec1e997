using Functions.Http.Preconditions;

namespace Functions.Http.Tests.Preconditions;

public sealed class EntityTagsTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("*", null)]
    [InlineData("\"00000000-0000-0000-0000-000000000000\"", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("W/\"weak\"", "W/\"weak\"")]
    public void IfMatchIsTheVersionAskedForAndNullForNoneOrAny(string? header, string? expected)
    {
        var http = HttpContexts.Request("PATCH");
        if (header is not null)
        {
            http.Request.Headers.IfMatch = header;
        }

        Assert.Equal(expected, EntityTags.IfMatch(http.Request));
    }

    [Theory]
    [InlineData("\"0a00\"", "\"0a00\"")]
    [InlineData("0a00", "\"0a00\"")]
    public void AStoredETagIsWrittenAsAQuotedStrongTag(string etag, string expected) =>
        Assert.Equal(expected, EntityTags.Strong(etag));
}
