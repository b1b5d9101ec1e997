using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Bot.Channels.WebChat.Users;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Functions.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MynaCard.SoftwareCard;
using MynaCard.Testing;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.Clients;
using Portal.Testing.Hosting;
using Xunit.Abstractions;
using static Bot.Functions.Tests.Login.WebChatBrowser;

namespace Bot.Functions.Tests.Login;

/// <summary>
/// The chat's login with every real part on the card's side too: the chatbot is the portal's confidential client (each
/// call, each queued poll included, with a fresh assertion signed by its test key), a web chat user is shown the link and
/// the code, the real signer CLI answers it with a software card in vsmartcard's reader through pcscd, and the bot's
/// queue trigger on Azurite gets the tokens and speaks first.
/// </summary>
[Collection(PcscdCollection.Name)]
public sealed class ChatLoginThroughPcscdTests(BotWithIdentity hosts, PcscdFixture pcscd, ITestOutputHelper output)
    : IClassFixture<BotWithIdentity>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AFirstTimeResidentLogsInFromTheWebChatWithTheCardInAReaderAndTheBotAsksToRegister()
    {
        // Confidential, holding the key the bot host signs its assertions with: a portal that let the chatbot in as a
        // public client (no assertion) could not make this test pass.
        var chatbot = (await hosts.Portal.Services.GetRequiredService<ClientRepository>().FindAsync("chatbot", CancellationToken.None))!.Document;
        Assert.Equal(ClientKinds.Confidential, chatbot.Kind);
        Assert.Equal(ChatbotClientKey.Registered(DateTimeOffset.UtcNow).KeyId, Assert.Single(chatbot.Keys).KeyId);
        Assert.Equal(ChatbotClientKey.PrivateKeyFile, hosts.Bot.Services.GetRequiredService<IConfiguration>()["Bot:Portal:ClientKeyFile"]);

        // A cookie of our own, so the test knows the conversation's key (to read the login the bot keeps).
        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = hosts.Bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{WebChatUserCookie.Name}={cookie}");
        var key = new ChannelUser(Bot.Core.Messages.Channels.WebChat, WebChatUserCookie.UserIdOf(cookie)).Key;
        using var browser = await OpenAsync(client);

        var login = await browser.SayAsync(new { text = "やること" });
        Assert.Contains(login, m => Text(m).Contains("ログインが必要", StringComparison.Ordinal));
        var link = login.Single(m => Kind(m) == "link").GetProperty("url").GetString()!;
        var code = CardLogins.CodeShownIn(login.Select(Text));

        // The card sits in vpcd's reader; the signer finds it through pcscd, the resident types the chat's code and the PIN.
        var clock = Stopwatch.StartNew();
        await using (var card = SoftwareCard.Open(hosts.IssueCard()))
        await using (await pcscd.InsertAsync(card, output))
        {
            var run = await hosts.LogInAsync(link, code, CardLogins.CardInReader(PcscdFixture.Reader));
            output.WriteLine(run.Output + run.Error);
            Assert.Contains($"PC/SC reader {PcscdFixture.Reader}", run.Output);
        }

        // No "done" typed: the queued poll finds the tokens and the bot speaks first, a first-time resident asked to register.
        var arrived = await browser.WaitForAsync(m => Text(m).Contains("メールアドレスを入力", StringComparison.Ordinal), Wait);
        output.WriteLine($"signed and answered in the chat after {clock.Elapsed}");
        Assert.StartsWith("ログインしました。", Text(arrived.Last()));
        // Its poll authenticated as the chatbot: the portal's replay guard refuses an assertion used before, so each poll
        // (the queue trigger's, not a turn's) went with a fresh one.
        Assert.Contains("Login poll on webchat: tokens", hosts.Logs.All, StringComparison.Ordinal);

        // The portal recorded the login as the chatbot's, from a web chat: what ログイン中の端末 shows the resident.
        var registration = (await hosts.Bot.Services.GetRequiredService<ConversationStore>().ReadAsync(key, CancellationToken.None))
            .State.PendingLogin?.Registration;
        Assert.NotNull(registration);
        using var portal = hosts.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/sessions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registration.AccessToken);
        using var response = await portal.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        var current = JsonSerializer.Deserialize<JsonElement>(body).GetProperty("items").EnumerateArray()
            .Single(s => s.GetProperty("current").GetBoolean());
        Assert.Equal(chatbot.Name, current.GetProperty("clientName").GetString());
        Assert.Equal(DeviceKinds.WebChat, current.GetProperty("deviceKind").GetString());
    }
}
