using Portal.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>Without trust anchors the host still starts; only completing a card request fails, and says why.</summary>
public sealed class UnconfiguredIdentityTests
{
    [Fact]
    public async Task WithoutTrustAnchorsTheHostIsHealthyAndACompletionIsAnErrorNamingTheSetting()
    {
        await using var host = new PortalFactory(await LocalStack.GetAsync(),
            settings: new Dictionary<string, string?> { ["Identity:Tokens:Issuer"] = "https://portal.example/api" });
        var client = host.CreateClient();
        var cardRequests = host.Services.GetRequiredService<CardRequestService>();
        var request = await cardRequests.CreateLoginAsync(new NewCardRequest("マイナポータル", "ログイン", new RequestingClient("chatbot")), CancellationToken.None);
        await cardRequests.ConfirmCodeAsync(request.Id, request.UserCode, CancellationToken.None);

        var health = await client.GetAsync("/api/health");
        var view = await client.GetAsync($"/api/card-requests/{request.Id}");
        var completion = await client.PostAsJsonAsync($"/api/card-requests/{request.Id}", new CardSignatureSubmission("AAAA", "AAAA"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, completion.StatusCode);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error);
        var missing = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<CertificateValidator>());
        Assert.Contains("Identity:TrustAnchors:Folder", missing.Message);
    }
}
