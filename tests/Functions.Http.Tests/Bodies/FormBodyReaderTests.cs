using Functions.Http.Bodies;
using Microsoft.Extensions.Options;

namespace Functions.Http.Tests.Bodies;

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
}
