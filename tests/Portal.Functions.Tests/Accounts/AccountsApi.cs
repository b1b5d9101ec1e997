using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Terms;
using Portal.Functions.Tests.Identity;
using Portal.Testing;

namespace Portal.Functions.Tests.Accounts;

/// <summary>
/// The local host with token keys in a temp folder, a terms version in effect and a test clock; residents are signed
/// in through the host's own account service and get tokens from its own token service (as the OAuth flows issue them).
/// </summary>
public sealed partial class AccountsApi : IAsyncDisposable
{
    public const string Issuer = "http://localhost/api";
    public const string TermsVersion = "2026-04-01";
    public const string CardIssuer = "CN=Test Authentication CA, O=JPKI, C=JP";

    private readonly string _keys;

    private AccountsApi(IdentityHost host, string keys, ManualClock clock, StackState stack)
    {
        Host = host;
        _keys = keys;
        Clock = clock;
        Stack = stack;
        Client = host.Factory.CreateClient();
    }

    public IdentityHost Host { get; }

    public ManualClock Clock { get; }

    public StackState Stack { get; }

    public HttpClient Client { get; }

    public static async Task<AccountsApi> StartAsync(IdentityPki pki, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = Issuer,
            ["Identity:Tokens:SigningKeyFolder"] = keys,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, clock, all);
        var api = new AccountsApi(host, keys, clock, await LocalStack.GetAsync());
        await host.Services.GetRequiredService<TermsRepository>().PublishAsync(new TermsVersion
        {
            Id = TermsVersion,
            Title = "マイナポータル利用規約",
            Body = "第1条 この規約は、マイナポータルの利用について定めます。",
            EffectiveAt = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(9)),
            PublishedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(9)),
        }, CancellationToken.None);
        return api;
    }

    /// <summary>A first sign-in with a new certificate: a pending account.</summary>
    public async Task<string> NewPendingAccountAsync(string? serial = null, string issuer = CardIssuer) =>
        (await Host.Services.GetRequiredService<AccountService>()
            .SignInAsync(issuer, serial ?? Convert.ToHexString(Guid.NewGuid().ToByteArray()), "web", CancellationToken.None)).Id;

    public Task<string> TokenAsync(string subject, params string[] scopes) => ResidentTokens.IssueAsync(Host.Services, subject, "web", scopes);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        // Not disposed here: the test server's response body goes with the request.
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        configure?.Invoke(request);
        return await Client.SendAsync(request);
    }

    /// <summary>
    /// A registered account through the HTTP registration. The code is re-issued through the host's store (sending
    /// again replaces it) instead of read from the sink: the registration tests read the e-mail; here it would only
    /// add the shared queue's latency.
    /// </summary>
    public async Task<(string AccountId, string Token, string Email)> RegisteredAsync(string? serial = null, string issuer = CardIssuer)
    {
        var id = await NewPendingAccountAsync(serial, issuer);
        var email = NewEmail();
        var registration = await TokenAsync(id, "registration");
        Expect(await SendAsync(HttpMethod.Post, "/api/me/registration", registration,
            new { email, notificationsEnabled = true, termsVersion = TermsVersion }), 202);
        var code = (await Host.Services.GetRequiredService<EmailConfirmationStore>()
            .IssueAsync(ConfirmationPurposes.Registration, id, email, true, TermsVersion, CancellationToken.None)).Code;
        Expect(await SendAsync(HttpMethod.Post, "/api/me/registration/confirm", registration, new { code }), 200);
        return (id, await TokenAsync(id, "openid", "portal"), email);
    }

    /// <summary>A registered resident whose account signs in with <paramref name="card"/>, as its card login leaves it.</summary>
    public Task<(string AccountId, string Token, string Email)> RegisteredWithCardAsync(string card)
    {
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(
            Identity.IdentityPki.AuthenticationCertificate(card));
        return RegisteredAsync(certificate.SerialNumber, certificate.Issuer);
    }

    /// <summary>The latest mail to the address, from the SMTP sink the host's outbox sent through.</summary>
    public async Task<string> MailTextToAsync(string email) =>
        (await MailSink.WaitForAsync(Stack, email, TimeSpan.FromSeconds(60))).GetProperty("text").GetString()!;

    public async Task<string> CodeSentToAsync(string email) => Code().Match(await MailTextToAsync(email)).Groups[1].Value;

    public static string NewEmail() => Portal.Testing.Privacy.TestEmails.Unique("resident");

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, int status)
    {
        Expect(response, status);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    public static void Expect(HttpResponseMessage response, int status)
    {
        // Buffered, so the body can still be read after the message for a failure.
        response.Content.LoadIntoBufferAsync().GetAwaiter().GetResult();
        Assert.True((int)response.StatusCode == status,
            $"expected {status}, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
    }

    public static async Task<string> ProblemTypeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await response.Content.LoadIntoBufferAsync();
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        return problem.GetProperty("type").GetString()!.Replace("https://portal.example/problems/", "", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex Code();
}
