using Microsoft.Extensions.Options;
using Portal.Functions.Http;

namespace Portal.Functions.Tests.Http;

public sealed class FormBodyReaderTests
{
    private static readonly FormBodyReader Reader = new(Options.Create(new HttpLimits { MaxFormBodyBytes = 64 }));

    [Fact]
    public async Task AFormBodyIsParsedWithRepeatedFieldsKept()
    {
        var http = HttpContexts.Request("POST", body: "client_id=chatbot&scope=a&scope=b&name=%E5%B1%B1%E7%94%B0",
            contentType: "application/x-www-form-urlencoded");

        var form = await Reader.ReadAsync(http.Request, CancellationToken.None);

        Assert.Equal("chatbot", form["client_id"].ToString());
        Assert.Equal("a,b", form["scope"].ToString());
        Assert.Equal("山田", form["name"].ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AFormOverTheLimitIsRefusedWhetherOrNotItsLengthWasDeclared(bool declared)
    {
        var http = HttpContexts.Request("POST", body: $"scope={new string('x', 100)}", contentType: "application/x-www-form-urlencoded");
        if (!declared)
        {
            http.Request.ContentLength = null;
        }

        var error = await Assert.ThrowsAsync<PayloadTooLargeException>(() => Reader.ReadAsync(http.Request, CancellationToken.None));

        Assert.Equal(64, error.LimitBytes);
    }
}
