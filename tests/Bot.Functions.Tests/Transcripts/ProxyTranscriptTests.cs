using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Drafts;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;
using Portal.Domain.Identity;
using Portal.Domain.Proxies;
using Portal.Testing;
using Xunit.Abstractions;
using Portal.Testing.PublicFundsAccounts;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// A proxy on LINE: logs in with their own card, chooses the principal, resumes the principal's draft, submits it signed
/// with the proxy's own card, and switches back. While acting every message is marked, never with the principal's name.
/// </summary>
[Collection(TranscriptCollection.Name)]
public sealed class ProxyTranscriptTests(TranscriptHosts hosts, ITestOutputHelper output)
{
    private const string PrincipalName = "委任 花子";

    [Fact]
    public async Task AProxyLogsInOnLineChoosesThePrincipalResumesTheirDraftSubmitsWithTheProxysSignatureAndSwitchesBack()
    {
        var transcript = new Transcript();
        await transcript.RunAsync(output, async () =>
        {
            var proxyCard = hosts.IssueCard();
            var form = await hosts.FormViewAsync("child-allowance-certification");
            var picks = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
            {
                ["hasSpouse"] = JsonValue.Create(false),
                ["livesTogether"] = JsonValue.Create(false),
                ["usePublicFundsAccount"] = JsonValue.Create(true),
            };
            var proxy = new LineResident(hosts, transcript);

            // The proxy's first login registers them, as any resident's.
            var first = await proxy.SayAsync("やること");
            await proxy.LogInWithCardAsync(hosts, first, proxyCard);
            await proxy.RegisterAsync(hosts, ResidentSteps.NewEmail());

            transcript.Note("the principal, with an account and a draft of their own, appoints the proxy for 申請");
            var principal = await PrincipalAsync();
            // The proxy files with 「公金受取口座を利用する」: the principal's own account, which the principal registered.
            await TestPublicFundsAccounts.RegisterAsync(hosts.Portal.Services, principal);
            var principalToken = await ResidentTokens.IssueAsync(hosts.Portal.Services, principal, "transcripts", PortalScopes.Portal);
            await CreateDraftAsync(principalToken);
            await DelegateAsync(principal, await CardLogins.AccountOfAsync(hosts.Portal.Services, proxyCard));

            transcript.Note("the chat's login has ended; the proxy logs in again with their card");
            await DropLoginAsync(proxy);
            var again = await proxy.SayAsync("やること");
            await proxy.LogInWithCardAsync(hosts, again, proxyCard);
            var asked = await proxy.WaitForTextAsync("どなたの手続きをしますか");
            Assert.Contains(asked.SelectMany(m => m.Choices), c => c.Label == "自分");

            var from = proxy.Seen.Count;
            var chosen = await proxy.PressAsync("委任者1");
            Assert.Contains(chosen, m => m.Says("委任者1の代理で操作します"));
            Assert.Contains(await proxy.SayAsync("やること"), m => m.Says("入力途中の申請があります"));
            var resumed = await proxy.PressAsync(TranscriptHosts.ProcedureName(form));
            await new FormFiller(hosts, proxy, form, picks).FillAsync(resumed);
            var receipt = await proxy.SubmitAsync(hosts, proxyCard);
            var acting = proxy.Seen.Skip(from).ToList();

            Assert.All(acting, m => Assert.StartsWith("（代理で操作中）", m.Text, StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, await ApplicationStatusAsync(principalToken, receipt));
            var application = (await hosts.Portal.Services.GetRequiredService<ApplicationRepository>()
                .ReadAsync(TranscriptHosts.Arakawa, receipt, CancellationToken.None))!.Document;
            Assert.Equal(principal, application.ResidentId);
            Assert.Equal(SigningSerialOf(proxyCard), application.Revisions[^1].Signer?.SerialNumber);

            var back = await proxy.PressAsync("自分に戻る");
            Assert.Contains(back, m => m.Says("自分の手続きに戻りました"));
            Assert.All(back, m => Assert.DoesNotContain("（代理で操作中）", m.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(proxy.Seen, m => m.ToString().Contains(PrincipalName, StringComparison.Ordinal));
        });
    }

    /// <summary>The serial number of the card's signing certificate: the signature is the proxy's own.</summary>
    private static string SigningSerialOf(string card)
    {
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(
            Convert.FromBase64String(MynaCard.SoftwareCard.CardFiles.CardFile.Load(card).Jpki.Signing.Certificate));
        return certificate.SerialNumber;
    }

    /// <summary>A registered principal (no card needed here: the delegation is arranged in the store).</summary>
    private async Task<string> PrincipalAsync()
    {
        var account = AccountService.NewAccountId();
        var now = DateTimeOffset.UtcNow;
        await hosts.Portal.Services.GetRequiredService<AccountRepository>().CreateAsync(new Account
        {
            Id = account, Certificates = [], State = AccountStates.Registered, CreatedAt = now, RegisteredAt = now,
            Email = Portal.Testing.Privacy.TestEmails.Unique("principal"), NotificationsEnabled = false,
        }, CancellationToken.None);
        return account;
    }

    private async Task CreateDraftAsync(string principalToken)
    {
        using var http = hosts.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/drafts")
        {
            Content = JsonContent.Create(new CreateDraftRequest(TestCatalog.ChildAllowance, TranscriptHosts.Arakawa, null)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", principalToken);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"draft: {(int)response.StatusCode}");
    }

    private async Task<HttpStatusCode> ApplicationStatusAsync(string principalToken, string receipt)
    {
        using var http = hosts.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/me/applications/{receipt}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", principalToken);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task DelegateAsync(string principal, string proxy)
    {
        var now = DateTimeOffset.UtcNow;
        var id = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var delegations = hosts.Portal.Services.GetRequiredService<Delegations>();
        await delegations.CreateAsync(new Delegation
        {
            Id = id,
            ResidentId = Delegation.PartitionOf(id),
            Direction = DelegationDirections.PrincipalFirst,
            PrincipalId = principal,
            ProxyId = proxy,
            Invited = new NamedPerson("山田 花子", new DateOnly(1990, 4, 1)),
            PrincipalName = PrincipalName,
            ProxyName = "山田 花子",
            Kind = ProxyKinds.Voluntary,
            Services = [DelegatedServices.Applications],
            InformationCategories = [],
            ValidFrom = now.AddDays(-1),
            ValidUntil = now.AddDays(365),
            State = DelegationStates.Active,
            CreatedAt = now.AddDays(-1),
            AcceptBy = now.AddDays(6),
            AcceptedAt = now.AddDays(-1),
        }, principal, CancellationToken.None);
        await delegations.AddReferenceAsync(proxy, id, DelegationRoles.Proxy, now, CancellationToken.None);
    }

    /// <summary>The chat forgets its login (as when it expired), so the next request logs in again.</summary>
    private async Task DropLoginAsync(LineResident resident)
    {
        var store = hosts.Bot.Services.GetRequiredService<ConversationStore>();
        var key = new ChannelUser(Bot.Core.Messages.Channels.Line, resident.UserId).Key;
        var stored = await store.ReadAsync(key, CancellationToken.None);
        await store.SaveAsync(stored.State with { PortalSession = null, Form = null }, stored.ETag, CancellationToken.None);
    }
}
