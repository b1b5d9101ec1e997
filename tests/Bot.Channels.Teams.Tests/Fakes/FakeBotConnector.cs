using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Channels.Teams.Tests.Fakes;

/// <summary>
/// A local stand-in for the Bot Framework over HTTPS (a self-signed certificate the test trusts): its OpenID metadata
/// and JWKS (with endorsements) for an RSA key the test holds, a client-credentials token endpoint for MSAL, and the
/// Bot Connector's activities endpoints, which capture what is posted and answer with queued statuses.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    public const string TenantPath = "botframework.com";

    /// <summary>The credentials the token endpoint accepts (the bot's app id and a test-only secret).</summary>
    public const string ClientId = "11111111-2222-3333-4444-555555555555";

    public const string ClientSecret = "test-only-secret";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<HttpStatusCode> connectorFailures = new();
    private int tokenCount;

    private FakeBotConnector(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The key the metadata publishes (endorsed for msteams) and tokens are signed with.</summary>
    public SigningKey Key { get; } = new("key-1", ["msteams"]);

    /// <summary>A published key endorsed for another channel only.</summary>
    public SigningKey OtherChannelKey { get; } = new("key-slack", ["slack"]);

    /// <summary>Keys published besides <see cref="Key"/>; the test may add one to simulate a rotation.</summary>
    public ConcurrentBag<SigningKey> ExtraKeys { get; } = [];

    public Uri MetadataUrl => new(BaseUrl, "v1/.well-known/openidconfiguration");

    public Uri Authority => new(BaseUrl, TenantPath);

    /// <summary>Where conversations live: the serviceUrl activities carry.</summary>
    public Uri ServiceUrl => new(BaseUrl, "teams/");

    public ConcurrentQueue<CapturedActivity> Posted { get; } = new();

    public int TokensIssued => tokenCount;

    public int KeySetRequests { get; private set; }

    /// <summary>The next posts to the connector answer these statuses, in order, before succeeding.</summary>
    public void FailNextPosts(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            connectorFailures.Enqueue(status);
        }
    }

    public static async Task<FakeBotConnector> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var fake = new FakeBotConnector(app, certificate);
        fake.Map();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri($"https://localhost:{new Uri(address).Port}/");
        return fake;
    }

    /// <summary>An HTTP handler that trusts this fake's certificate (and nothing else self-signed).</summary>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || cert?.GetCertHashString() == Certificate.GetCertHashString(),
        },
    };

    private void Map()
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = new Uri(BaseUrl, "v1/keys").AbsoluteUri,
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () =>
        {
            KeySetRequests++;
            var keys = new JsonArray();
            foreach (var key in ExtraKeys.Prepend(OtherChannelKey).Prepend(Key))
            {
                keys.Add(key.ToJwk());
            }

            return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
        });
        app.MapPost($"/{TenantPath}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || form["scope"] != "https://api.botframework.com/.default"
                || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            {
                return Results.BadRequest(new { error = "invalid_request" });
            }

            var n = Interlocked.Increment(ref tokenCount);
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"connector-token-{n}" });
        });
        app.MapPost("/teams/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpRequest request, string conversationId, string? activityId) =>
        {
            var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
            // The raw target, to see how the client escaped the conversation id.
            var target = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            Posted.Enqueue(new CapturedActivity(target, conversationId, activityId, request.Headers.Authorization.ToString(), body));
            return connectorFailures.TryDequeue(out var status)
                ? Results.StatusCode((int)status)
                : Results.Json(new { id = $"sent-{Posted.Count}" });
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Round trip through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
