using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Functions.Http.Tests.Bodies;

/// <summary>Every reader holds no more than its limit: the JSON and form readers (each with its own) and the raw one.</summary>
public sealed class BodyLimitTests
{
    private const long Limit = 64;

    private static readonly IOptions<HttpLimits> Limits = Options.Create(new HttpLimits { MaxJsonBodyBytes = Limit, MaxFormBodyBytes = Limit });

    public static TheoryData<string, bool> Readers => new()
    {
        { "json", true }, { "json", false },
        { "form", true }, { "form", false },
        { "raw", true }, { "raw", false },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task ABodyOverTheLimitIsRefusedWhetherOrNotItsLengthWasDeclared(string reader, bool declared)
    {
        var http = Over(reader);
        if (!declared)
        {
            http.Request.ContentLength = null;
        }

        var error = await Assert.ThrowsAsync<PayloadTooLargeException>(() => ReadAsync(reader, http.Request));

        Assert.Equal(Limit, error.LimitBytes);
        if (declared)
        {
            // Refused before reading a byte.
            Assert.Equal(0, http.Request.Body.Position);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Limit)]
    public async Task RawBytesUpToTheLimitAreReadExactlyAsSent(long length)
    {
        var bytes = Enumerable.Range(0, (int)length).Select(i => (byte)(255 - i)).ToArray();
        var http = HttpContexts.Request("POST", contentType: null);
        http.Request.Body = new MemoryStream(bytes);

        var body = await RequestBody.ReadWithinAsync(http.Request, Limit, CancellationToken.None);

        Assert.Equal(bytes, body.ToArray());
    }

    private static DefaultHttpContext Over(string reader) => reader switch
    {
        "json" => HttpContexts.Request("POST", body: $$"""{"name":"{{new string('a', 100)}}","age":1}"""),
        "form" => HttpContexts.Request("POST", body: $"scope={new string('x', 100)}", contentType: "application/x-www-form-urlencoded"),
        _ => HttpContexts.Request("POST", body: new string('z', 100), contentType: "application/octet-stream"),
    };

    private static Task ReadAsync(string reader, HttpRequest request) => reader switch
    {
        "json" => new JsonBodyReader(Limits).ReadAsync<object>(request, CancellationToken.None),
        "form" => new FormBodyReader(Limits).ReadAsync(request, CancellationToken.None),
        _ => RequestBody.ReadWithinAsync(request, Limit, CancellationToken.None),
    };
}
