using Functions.Http.Bodies;
using Microsoft.Extensions.Options;

namespace Functions.Http.Tests.Bodies;

public sealed class JsonBodyReaderTests
{
    public sealed record Child(string Name, int Age);

    private static readonly JsonBodyReader Reader = new(Options.Create(new HttpLimits { MaxJsonBodyBytes = 64 }));

    [Fact]
    public async Task AWellFormedBodyIsRead()
    {
        var http = HttpContexts.Request("POST", body: """{"name":"はなこ","age":3}""");

        var child = await Reader.ReadAsync<Child>(http.Request, CancellationToken.None);

        Assert.Equal(new Child("はなこ", 3), child);
    }

    public static TheoryData<string, string, string?, long?> Malformed => new()
    {
        // body, reason, path, zero-based line
        { "{\"name\":\"a\",", "syntax", null, 0 },
        { "{\n\"name\": 'a'}", "syntax", null, 1 },
        { "{\"name\":\"a\",\"age\":\"three\"}", "shape", "$.age", 0 },
        { "[1,2]", "shape", "$", 0 },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedJsonNamesWhereItBroke(string body, string reason, string? path, long? line)
    {
        var http = HttpContexts.Request("POST", body: body);

        var error = await Assert.ThrowsAsync<MalformedJsonException>(() => Reader.ReadAsync<Child>(http.Request, CancellationToken.None));

        Assert.Equal(reason, error.Reason);
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.LineNumber);
    }

    [Fact]
    public async Task AnEmptyBodyIsMalformed()
    {
        var http = HttpContexts.Request("POST", body: "");

        var error = await Assert.ThrowsAsync<MalformedJsonException>(() => Reader.ReadAsync<Child>(http.Request, CancellationToken.None));

        Assert.Equal("empty", error.Reason);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task ABodyThatIsNotJsonByContentTypeIsRefused(string? contentType)
    {
        var http = HttpContexts.Request("POST", body: "{}", contentType: contentType);

        await Assert.ThrowsAsync<UnsupportedMediaTypeException>(() => Reader.ReadAsync<Child>(http.Request, CancellationToken.None));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merge-patch+json")]
    public async Task JsonMediaTypesAreAccepted(string contentType)
    {
        var http = HttpContexts.Request("POST", body: """{"name":"a","age":1}""", contentType: contentType);

        Assert.Equal(new Child("a", 1), await Reader.ReadAsync<Child>(http.Request, CancellationToken.None));
    }
}
