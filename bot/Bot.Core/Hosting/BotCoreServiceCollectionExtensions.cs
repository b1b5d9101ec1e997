using System.Globalization;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Content;
using Bot.Core.Exchanges;
using Bot.Core.Forms;
using Bot.Core.Information;
using Bot.Core.Login;
using Bot.Core.LinkedSites;
using Bot.Core.LookupConsent;
using Bot.Core.PublicFundsAccounts;
using Bot.Core.Proxies.Appointing;
using Bot.Core.Notices;
using Bot.Core.Notices.Settings;
using Bot.Core.Portal;
using Bot.Core.Portal.Client;
using Bot.Core.Registration;
using Bot.Core.Search;
using Bot.Core.Sessions;
using Bot.Core.Storage;
using Bot.Core.Storage.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

/// <summary>
/// The core's services. Configuration:
/// <list type="bullet">
/// <item><c>Bot:Cosmos:Endpoint</c>, <c>Bot:Cosmos:Key</c> (empty in Azure: managed identity), <c>Bot:Cosmos:Database</c> (default "bot").</item>
/// <item><c>Bot:Portal:BaseUrl</c>: the portal API's origin, e.g. <c>http://localhost:7071/</c> (paths are "api/…").</item>
/// <item><c>Bot:PublicBaseUrl</c>: the bot host's public origin, for QR code images and the web form page (default <c>http://localhost:7072</c> for the page), <c>Bot:Login:TermsUrl</c>, <c>Bot:Login:RefreshBefore</c>: see <see cref="LoginOptions"/>.</item>
/// <item><c>Bot:Line:LiffId</c>: optional LIFF app (endpoint <c>{Bot:PublicBaseUrl}/api/forms/page</c>) for web form page links on LINE.</item>
/// <item><c>Bot:Portal:ClientId</c> (default "chatbot"), <c>Bot:Portal:ClientKey</c> (PEM; in Azure a Key Vault reference) or <c>Bot:Portal:ClientKeyFile</c> (local), <c>Bot:Portal:Issuer</c> (default <c>{BaseUrl}/api</c>): the bot as the portal's confidential client, see <see cref="PortalClientOptions"/>.</item>
/// <item><c>Bot:StateKeys</c> (<c>kid:base64key[,…]</c>, the first current; in Azure a Key Vault reference) or <c>Bot:StateKeyFile</c> (local): the keys that seal stored tokens and codes, required at start, see <see cref="StateKeyRing"/>.</item>
/// <item><c>Bot:Portal:Resilience</c>: optional <see cref="HttpStandardResilienceOptions"/> (e.g. <c>Retry:MaxRetryAttempts</c>, <c>Retry:Delay</c>).</item>
/// </list>
/// The host creates the database's containers with <see cref="BotDatabase.CreateIfNotExistsAsync"/> where it may.
/// </summary>
public static class BotCoreServiceCollectionExtensions
{
    public const string PortalClientName = nameof(PortalApiClient);

    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ =>
        {
            var endpoint = configuration["Bot:Cosmos:Endpoint"] is { Length: > 0 } value
                ? new Uri(value)
                : throw new InvalidOperationException("Bot:Cosmos:Endpoint is not configured.");
            var database = configuration["Bot:Cosmos:Database"] is { Length: > 0 } name ? name : "bot";
            return new BotDatabase(BotDatabase.Connect(endpoint, configuration["Bot:Cosmos:Key"]), database);
        });
        // Stored tokens and codes are sealed: a host without keys fails at start rather than store them in clear.
        services.AddOptions<StateKeyOptions>().Bind(configuration.GetSection(StateKeyOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StateKeyOptions>, StateKeyOptionsValidator>());
        services.TryAddSingleton(provider => StateKeyRing.From(provider.GetRequiredService<IOptions<StateKeyOptions>>().Value));
        services.TryAddSingleton<SealedValues>();
        services.TryAddSingleton<ConversationSecrets>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddTransient<SearchFlow>();
        services.TryAddTransient<FormFlow>();
        services.TryAddTransient<FormsPortalClient>();
        services.TryAddTransient<FormPageService>();
        services.TryAddTransient<FormQuestioning>();
        services.TryAddTransient<FormNavigation>();
        services.TryAddTransient<FormSubmission>();
        services.TryAddTransient<FormSigning>();
        services.TryAddTransient<FormPrintService>();
        services.TryAddTransient<Channels.ProactiveMessenger>();
        services.TryAddTransient<SigningPoller>();
        services.TryAddSingleton(provider => new FormPageTokens(
            configuration["Bot:PublicBaseUrl"] is { Length: > 0 } origin ? origin : "http://localhost:7072", provider.GetRequiredService<TimeProvider>(),
            configuration["Bot:Line:LiffId"]));
        services.TryAddTransient<TurnRouter>();

        // Login and registration in the chat (the host registers the real ILoginPollQueue before this).
        services.AddOptions<LoginOptions>().Configure(o =>
        {
            o.PublicBaseUrl = configuration["Bot:PublicBaseUrl"] is { Length: > 0 } publicBase ? new Uri(publicBase) : null;
            o.TermsUrl = configuration["Bot:Login:TermsUrl"] is { Length: > 0 } terms ? new Uri(terms) : null;
            if (TimeSpan.TryParse(configuration["Bot:Login:RefreshBefore"], CultureInfo.InvariantCulture, out var before))
            {
                o.RefreshBefore = before;
            }
        });
        services.TryAddSingleton<ILoginPollQueue, UnconfiguredLoginPollQueue>();
        services.TryAddSingleton<LoginLinkStore>();
        services.TryAddSingleton<ConversationUpdater>();
        services.TryAddTransient<PortalIdentityClient>();
        // Singleton: its in-flight refreshes are shared by every caller of the process.
        services.TryAddSingleton<PortalSessionRefresher>();
        services.TryAddTransient<PortalAccountClient>();
        services.TryAddTransient<LoginFlow>();
        services.TryAddTransient<LoginPoller>();
        services.TryAddTransient<RegistrationFlow>();
        services.TryAddTransient<IConversationEngine, ConversationEngine>();

        // 代理で操作: acting for a principal with a delegated token (token exchange), 自分に戻る.
        services.TryAddTransient<Proxies.Acting.ActingPortalClient>();
        services.TryAddTransient<Proxies.Acting.ActingSessions>();
        services.TryAddTransient<Proxies.Acting.ActingFlow>();

        // 申請状況 and status notices on the channel the resident last used.
        services.TryAddSingleton<ResidentChannelStore>();
        services.TryAddTransient<ApplicationsPortalClient>();
        services.TryAddTransient<StatusFlow>();
        // ホーム: one portal call for やること, the latest notices, applications in progress and whom one acts for.
        services.TryAddTransient<Home.HomePortalClient>();
        services.TryAddTransient<Home.HomeFlow>();
        services.TryAddTransient<StatusNoticeService>();

        // アカウント: ログイン中の端末, and new-login notices on the chats an account logged in from before.
        services.TryAddSingleton<LinkedChannelStore>();
        services.TryAddTransient<SessionsPortalClient>();
        services.TryAddTransient<SessionFlow>();
        services.TryAddTransient<NewLoginNoticeService>();
        services.TryAddTransient<AccountDeletedService>();

        // お知らせ: pushes of a notice's pages on every linked chat (LINE by multicast where the channel registers an
        // IMulticastSender), and 詳しく in the chat. A host replaces the filter for quiet hours and preferences.
        services.TryAddSingleton<INoticeRecipientFilter, AllowAllNoticeRecipients>();
        services.TryAddSingleton<NoticeChatOwners>();
        services.TryAddSingleton<NoticePageResolutions>();
        services.TryAddTransient<NoticePushService>();
        // The outcome of each page goes back to the portal where the host has a report queue.
        services.TryAddSingleton<INoticePushReports, NoNoticePushReports>();
        services.TryAddTransient<NoticePushReporting>();
        services.TryAddTransient<NoticesPortalClient>();
        services.TryAddTransient<NoticeFlow>();
        services.TryAddTransient<NoticeMenuBadge>();
        services.TryAddSingleton<UnreadNoticeCounts>();

        // 通知設定 in the chat: the portal's notification preferences, read and saved with the resident's session.
        services.TryAddTransient<NotificationPreferencesPortalClient>();
        services.TryAddTransient<NotificationSettingsFlow>();
        // 本人確認情報の照会 (from アカウント): the resident allows or withdraws being found by the basic 4 items.
        services.TryAddTransient<LookupConsentPortalClient>();
        services.TryAddTransient<LookupConsentFlow>();
        // 連携中のサイト (from アカウント): the sites the resident linked, and unlinking one.
        services.TryAddTransient<LinkedSitesPortalClient>();
        services.TryAddTransient<LinkedSiteFlow>();
        services.TryAddTransient<ProxiesPortalClient>();
        services.TryAddTransient<AppointingFlow>();
        services.TryAddTransient<AppointmentFormFlow>();
        services.TryAddSingleton<ContentLinkStore>();
        services.TryAddSingleton(provider => new ContentLinks(provider.GetRequiredService<ContentLinkStore>(),
            configuration["Bot:PublicBaseUrl"] is { Length: > 0 } contentOrigin ? contentOrigin : "http://localhost:7072"));
        services.TryAddTransient<ContentPageService>();
        services.TryAddTransient<InformationPortalClient>();
        services.TryAddTransient<InformationFlow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IContentKind, InformationContent>());
        // やりとり履歴: counts in the chat, the exchanges themselves behind the same sealed content links.
        services.TryAddTransient<ExchangesPortalClient>();
        services.TryAddTransient<ExchangeFlow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IContentKind, ExchangesContent>());
        services.AddPublicFundsAccountChat(configuration);
        services.TryAddTransient<PortalEventRouter>();

        // The bot is the portal's confidential client: private_key_jwt on every OAuth call, per attempt.
        services.AddOptions<PortalClientOptions>().Bind(configuration.GetSection(PortalClientOptions.Section)).PostConfigure(o =>
            o.Issuer = o.Issuer is { Length: > 0 } issuer ? issuer.TrimEnd('/') : new Uri(PortalBaseAddress(configuration), "api").ToString());
        services.TryAddSingleton<PortalClientCredentials>();
        services.TryAddTransient<ClientAssertionHandler>();

        // No request logging: a URI carries what the resident typed as a keyword. The assertion handler is inside the
        // resilience handler, so a retried OAuth call is signed again.
        var portal = services.AddHttpClient<PortalApiClient>(PortalClientName, client => client.BaseAddress = PortalBaseAddress(configuration))
            .RemoveAllLoggers();
        var resilience = portal.AddStandardResilienceHandler();
        portal.AddHttpMessageHandler<ClientAssertionHandler>();
        // Optional overrides; the standard pipeline's defaults otherwise (Configure refuses a missing section).
        if (configuration.GetSection("Bot:Portal:Resilience").Exists())
        {
            resilience.Configure(configuration.GetSection("Bot:Portal:Resilience"));
        }
        return services;
    }

    /// <summary>With a trailing slash, so "api/…" resolves below it.</summary>
    private static Uri PortalBaseAddress(IConfiguration configuration)
    {
        var value = configuration["Bot:Portal:BaseUrl"] is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException("Bot:Portal:BaseUrl is not configured.");
        return new Uri(value.EndsWith('/') ? value : value + "/", UriKind.Absolute);
    }
}
