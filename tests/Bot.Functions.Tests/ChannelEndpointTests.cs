using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bot.Functions.Tests;

/// <summary>The LINE webhook and the Bot Framework endpoint as the bot's Functions app exposes them.</summary>
public sealed class ChannelEndpointTests(BotWithPortal hosts) : IClassFixture<BotWithPortal>
{
    private const string VerificationBody = """{"destination":"U0000000000000000000000000000000","events":[]}""";

    [Fact]
    public async Task ALineWebhookWithAValidSignatureAndNoEventsIsAnswered200AsLinesVerificationExpects()
    {
        var response = await LineAsync(hosts.Bot, VerificationBody, Sign(VerificationBody, BotWithPortal.LineSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("another secret")]
    public async Task ALineWebhookWithoutTheChannelsSignatureIs401(string? signatureOrSecret)
    {
        var signature = signatureOrSecret == "another secret" ? Sign(VerificationBody, "another secret") : signatureOrSecret;

        var response = await LineAsync(hosts.Bot, VerificationBody, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ALineWebhookOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        var body = new string(' ', 1024 * 1024 + 1);

        var response = await LineAsync(hosts.Bot, body, Sign(body, BotWithPortal.LineSecret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ABotFrameworkActivityWithoutABearerTokenIs401()
    {
        using var client = hosts.Bot.CreateClient();
        var response = await client.PostAsync("/api/messages", new StringContent("""{"type":"message","text":"こんにちは"}""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/line/webhook")]
    [InlineData("/api/messages")]
    public async Task AChannelWithoutCredentialsOnThisHostIsA404ProblemInJapanese(string path)
    {
        using var client = hosts.BotWithoutChannels.CreateClient();
        var response = await client.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Contains("設定されていません", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> LineAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Bot.LocalHost.BotLocalHostMarker> host, string body, string? signature)
    {
        using var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/webhook")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Line-Signature", signature);
        }
        return await client.SendAsync(request);
    }

    private static string Sign(string body, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
