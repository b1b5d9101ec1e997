using Portal.Testing.Hosting;
using System.Net.Http.Json;
using Bot.Channels.Line.Tests.Fakes;
using Bot.Channels.Teams.Tests.Fakes;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Support;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Forms;
using Portal.Domain.Applications.Status;
using Portal.Domain.Forms;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.LocalHost;
using Portal.Testing;
using Portal.Testing.Procedures;
using Portal.Testing.PublicFundsAccounts;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// The whole local stack for transcripts: the real portal (card logins with a test CA, the chatbot client, current
/// terms, every form's procedure offered online in 荒川区) and the bot's local host with all three channels — LINE
/// against a fake LINE API, Teams against a fake Bot Connector (its own OpenID metadata and keys), and the web chat.
/// Residents talk to it through <see cref="ChatResident"/>; their cards answer through the real signer CLI.
/// </summary>
public sealed class TranscriptHosts : IAsyncLifetime
{
    public const string AuthPin = CardLogins.AuthPin;
    public const string SignPin = CardLogins.SignPin;
    public const string LineSecret = "transcript-line-channel-secret";
    public const string Arakawa = "131181";

    private readonly string _folder = Directory.CreateTempSubdirectory("bot-transcripts-").FullName;
    private PortalFactory _portalRoot = null!;

    public StackState Stack { get; private set; } = null!;

    public WebApplicationFactory<LocalHostMarker> Portal { get; private set; } = null!;

    public WebApplicationFactory<BotLocalHostMarker> Bot { get; private set; } = null!;

    public FakeLineApi Line { get; private set; } = null!;

    public FakeBotConnector Connector { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    /// <summary>The queue the portal puts status notices on for this bot host.</summary>
    public string EventsQueue { get; } = $"bot-events-{Guid.NewGuid():N}";

    /// <summary>The latest version of every form the portal serves (the portal's own catalog of definitions).</summary>
    public IReadOnlyList<FormDefinition> Forms => Portal.Services.GetRequiredService<FormCatalog>().Latest;

    private readonly Dictionary<string, ChatResident> _shared = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sharedGate = new(1, 1);
    private string? _sharedCard;

    /// <summary>The card of the shared residents (<see cref="SharedResidentAsync"/>).</summary>
    public string SharedCard => _sharedCard ?? throw new InvalidOperationException("No shared resident yet.");

    /// <summary>A form as the portal serves it to clients (GET /api/forms/{id}).</summary>
    public async Task<FormDefinitionView> FormViewAsync(string formId)
    {
        using var client = Portal.CreateClient();
        return (await client.GetFromJsonAsync<FormDefinitionView>($"/api/forms/{formId}"))!;
    }

    /// <summary>The name residents know a form's procedure by (its card's title in search results).</summary>
    public static string ProcedureName(FormDefinitionView form) =>
        ProcedureTemplateCatalog.Load().Single(t => t.Id == form.ProcedureId).Name;

    private string CaFolder => Path.Combine(_folder, "ca");

    public async Task InitializeAsync()
    {
        Stack = await LocalStack.GetAsync();
        Line = await FakeLineApi.StartAsync();
        Connector = await FakeBotConnector.StartAsync();
        var caFolder = CardLogins.CreateCa(_folder);
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys")).FullName;
        _portalRoot = new PortalFactory(Stack, ChatbotPortalSettings.With(keys));
        Portal = _portalRoot.WithWebHostBuilder(builder => builder.UseCardLoginSettings(caFolder, EventsQueue));
        await CardLogins.SeedChatbotAndTermsAsync(Portal.Services);
        await SeedCatalogAsync();

        Bot = new BotFactory(Stack, () => Portal.Server.CreateHandler(), new Dictionary<string, string?>
        {
            ["Bot:PublicBaseUrl"] = "http://bot.test/",
            ["BotEventsQueue"] = EventsQueue,
            ["Bot:Line:ChannelSecret"] = LineSecret,
            ["Bot:Line:ChannelAccessToken"] = FakeLineApi.AccessToken,
            ["Bot:Line:ApiBaseUrl"] = Line.BaseUrl.ToString(),
            ["Bot:Line:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:Teams:AppId"] = FakeBotConnector.ClientId,
            ["Bot:Teams:AppPassword"] = FakeBotConnector.ClientSecret,
            ["Bot:Teams:OpenIdMetadataUrl"] = Connector.MetadataUrl.AbsoluteUri,
            ["Bot:Teams:Authority"] = Connector.Authority.AbsoluteUri,
            ["Bot:Teams:RetryDelay"] = "00:00:00.010",
        },
        // The fake Bot Connector's self-signed certificate is trusted by every client of the bot (the portal's
        // client keeps its own handler: a named client's configuration runs after the defaults).
        services => services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(Connector.CreateHandler)),
        Logs);
        _ = Bot.Server;
    }

    /// <summary>The procedures behind every form (their real templates), all offered online by 荒川区.</summary>
    private async Task SeedCatalogAsync()
    {
        var procedures = Forms.Select(f => f.ProcedureId).ToHashSet(StringComparer.Ordinal);
        await Portal.Services.SeedCatalogAsync(ProcedureTemplateCatalog.Load().Where(t => procedures.Contains(t.Id)),
        [
            new OfferingSet
            {
                Id = Arakawa,
                BodyName = "荒川区",
                Offerings = [.. procedures.Order(StringComparer.Ordinal)
                    .Select(id => new Offering(id, [ApplicationMethods.Online], null, "区民課 03-3802-3111", null))],
                UpdatedAt = DateTimeOffset.UtcNow,
                UpdatedBy = "seed",
            },
        ]);
    }

    /// <summary>A new software card from the test CA (its own file: PIN counters never leak between residents).</summary>
    public string IssueCard() => CardLogins.IssueCard(CaFolder, _folder);

    /// <summary>The resident's signer answers a card request link ("login" or "sign") with the code the chat showed, the card and its PIN.</summary>
    public async Task SignAsync(string command, Uri link, string code, string card)
    {
        using var http = Portal.CreateClient();
        await CardLogins.SignerAsync(http, command, link.AbsoluteUri, code, card);
    }

    /// <summary>
    /// One logged-in, registered resident per channel, shared by the table's rows (one card for all three: one
    /// portal account). The first asks for やること, logs in with the card, and registers; later ones log in only.
    /// </summary>
    public async Task<ChatResident> SharedResidentAsync(string channel, Transcript transcript)
    {
        await _sharedGate.WaitAsync();
        try
        {
            if (_shared.TryGetValue(channel, out var known))
            {
                known.Transcript = transcript;
                return known;
            }
            var first = _sharedCard is null;
            _sharedCard ??= IssueCard();
            ChatResident resident = channel switch
            {
                "LINE" => new LineResident(this, transcript),
                "Teams" => new TeamsResident(this, transcript),
                _ => await WebChatResident.OpenAsync(this, transcript),
            };
            var login = await resident.SayAsync("やること");
            await resident.LogInWithCardAsync(this, login, _sharedCard);
            if (first)
            {
                await resident.RegisterAsync(this, ResidentSteps.NewEmail());
                // Forms offering 「公金受取口座を利用する」 are answered はい: the portal takes that only with a registered account.
                await TestPublicFundsAccounts.RegisterAsync(Portal.Services, await CardLogins.AccountOfAsync(Portal.Services, _sharedCard));
            }
            else
            {
                await resident.WaitForAsync(m => m.Says("やることはありません") || m.Says("入力途中の申請があります"), what: "やること after the login");
            }
            _shared[channel] = resident;
            return resident;
        }
        finally
        {
            _sharedGate.Release();
        }
    }

    /// <summary>The agency moves an application on (Arrived → Accepted → UnderReview), as its API would.</summary>
    public async Task ChangeStatusAsync(string receiptNumber, params ApplicationStatus[] statuses)
    {
        var changer = Portal.Services.GetRequiredService<ApplicationStatusChanger>();
        foreach (var status in statuses)
        {
            await changer.ChangeAsync(Arakawa, receiptNumber, _ => true, status, StatusActor.Agency, null, null, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Portal.DisposeAsync();
        await _portalRoot.DisposeAsync();
        await Line.DisposeAsync();
        await Connector.DisposeAsync();
        foreach (var resident in _shared.Values.OfType<IDisposable>())
        {
            resident.Dispose();
        }
        _sharedGate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
