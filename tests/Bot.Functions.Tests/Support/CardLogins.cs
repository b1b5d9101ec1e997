using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Terms;
using Portal.Testing;
using Portal.Testing.Hosting;
using Portal.Testing.Signing;

namespace Bot.Functions.Tests.Support;

/// <summary>
/// What a test portal needs for the chat's card logins: a test CA made with cardtool, the chatbot client, current terms,
/// a fast device flow (1 s interval); software cards from that CA; and the real signer CLI answering a login link.
/// Shared by the bot test hosts of Bot.Functions.Tests and Bot.WebChat.Browser.Tests (linked there).
/// </summary>
public static partial class CardLogins
{
    public const string AuthPin = "1234";
    public const string SignPin = "ABC123";
    public const string TermsVersion = "2026-11-01";

    /// <summary>A new test CA in <paramref name="folder"/>/ca; returns its folder.</summary>
    public static string CreateCa(string folder)
    {
        var ca = Path.Combine(folder, "ca");
        TestCardTool.Run("ca", "init", "--dir", ca);
        return ca;
    }

    /// <summary>The portal trusts the CA, issues tokens, runs a 1 s device flow and names the bot's status-notice queue.</summary>
    public static IWebHostBuilder UseCardLoginSettings(
        this IWebHostBuilder builder, string caFolder, string botEventsQueue, TimeSpan? deviceCodeLifetime = null)
    {
        builder.UseSetting("Identity:TrustAnchors:Folder", caFolder);
        builder.UseSetting("Identity:Crl:Folder", caFolder);
        builder.UseSetting("Identity:Tokens:Issuer", "http://localhost/api");
        builder.UseSetting("Identity:DeviceAuthorization:Interval", "00:00:01");
        if (deviceCodeLifetime is { } lifetime)
        {
            builder.UseSetting("Identity:DeviceAuthorization:Lifetime", lifetime.ToString());
        }
        builder.UseSetting("BotEventsQueue", botEventsQueue);
        return builder;
    }

    /// <summary>Registers the chatbot (confidential, with the test key the bot hosts sign with) and publishes current terms.</summary>
    public static async Task SeedChatbotAndTermsAsync(IServiceProvider portal)
    {
        await portal.GetRequiredService<ClientRepository>().CreateAsync(ChatbotClientKey.Chatbot(DateTimeOffset.UtcNow), CancellationToken.None);
        await portal.GetRequiredService<TermsRepository>().PublishAsync(new TermsVersion
        {
            Id = TermsVersion,
            Title = "マイナポータル利用規約",
            Body = "第1条 この規約は、マイナポータルの利用について定めます。",
            EffectiveAt = DateTimeOffset.UtcNow.AddDays(-1),
            PublishedAt = DateTimeOffset.UtcNow.AddDays(-2),
        }, CancellationToken.None);
    }

    /// <summary>A new software card from the CA, in a file of its own in <paramref name="folder"/> (PIN counters never leak).</summary>
    public static string IssueCard(string caFolder, string folder)
    {
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.card.json");
        TestCardTool.Run("issue", "--ca", caFolder, "--out", file, "--name", "山田 花子", "--address", "東京都千代田区霞が関2-1-2",
            "--birth", "1990-04-01", "--sex", "2", "--auth-pin", AuthPin, "--sign-pin", SignPin, "--valid-days", "1825");
        return file;
    }

    /// <summary>The signer's options for a software card file: read in process, no reader involved.</summary>
    public static IReadOnlyList<string> CardFile(string card) => ["--card", card];

    /// <summary>
    /// The signer's options for a card sitting in a PC/SC reader: found through pcscd; verbose, so the output names the
    /// reader it went through (what a test asserts to know pcscd was really on the path).
    /// </summary>
    public static IReadOnlyList<string> CardInReader(string reader) => ["--reader", reader, "--verbose"];

    /// <summary>The resident's signer answers a login link with the code the chat showed, the card and its PIN, as on the phone.</summary>
    public static Task<RealSigner.Run> LogInAsync(HttpClient portal, string link, string code, string card) =>
        LogInAsync(portal, link, code, CardFile(card));

    /// <summary>As <see cref="LogInAsync(HttpClient, string, string, string)"/>, with the card wherever <paramref name="cardOptions"/> say.</summary>
    public static Task<RealSigner.Run> LogInAsync(HttpClient portal, string link, string code, IReadOnlyList<string> cardOptions) =>
        SignerAsync(portal, "login", link, code, cardOptions);

    /// <summary>
    /// The real signer CLI answers a card request link (<c>login</c> or <c>sign</c>): the resident types the code the chat
    /// showed, then the PIN (for a signature both: the authentication PIN, then the signing PIN).
    /// </summary>
    public static Task<RealSigner.Run> SignerAsync(HttpClient portal, string command, string link, string code, string card) =>
        SignerAsync(portal, command, link, code, CardFile(card));

    /// <summary>As <see cref="SignerAsync(HttpClient, string, string, string, string)"/>, with the card wherever <paramref name="cardOptions"/> say.</summary>
    public static Task<RealSigner.Run> SignerAsync(HttpClient portal, string command, string link, string code, IReadOnlyList<string> cardOptions) =>
        RealSigner.AnswerAsync(portal, [command, link, .. cardOptions],
            command == "login" ? $"{code}\n{AuthPin}\n" : $"{code}\n{AuthPin}\n{SignPin}\n");

    /// <summary>The code (XXXX-XXXX) the chat showed among <paramref name="texts"/>: the last one.</summary>
    public static string CodeShownIn(IEnumerable<string> texts) =>
        texts.Select(t => UserCode().Matches(t)).SelectMany(m => m).Select(m => m.Value).LastOrDefault()
            ?? throw new InvalidOperationException("The chat showed no code.");

    /// <summary>The resident's account as the card's login leaves it (signed in with that card): its id.</summary>
    public static async Task<string> AccountOfAsync(IServiceProvider portal, string card)
    {
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(
            Convert.FromBase64String(MynaCard.SoftwareCard.CardFiles.CardFile.Load(card).Jpki.Authentication.Certificate));
        return (await portal.GetRequiredService<Portal.Domain.Accounts.AccountService>()
            .SignInAsync(certificate.Issuer, certificate.SerialNumber, "chatbot", CancellationToken.None)).Id;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}")]
    private static partial System.Text.RegularExpressions.Regex UserCode();
}
