namespace Portal.Testing.Hosting;

/// <summary>
/// The portal as the chatbot's tests run it: tokens signed with keys in <c>signingKeys</c>, the catalog refreshed
/// every second in pages of <see cref="PageSize"/> (so paging shows with a small catalog), and the test server's
/// origin as the issuer (so the signer's links and every challenge's audience agree; the bot's assertions name it too,
/// see <see cref="ChatbotClientKey"/>).
/// </summary>
public static class ChatbotPortalSettings
{
    public const int PageSize = 2;

    public static IReadOnlyDictionary<string, string?> With(string signingKeys) => new Dictionary<string, string?>
    {
        ["Catalog:RefreshInterval"] = "00:00:01",
        ["Catalog:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Identity:Tokens:SigningKeyFolder"] = signingKeys,
        ["Identity:Tokens:Issuer"] = "http://localhost/api",
        // ホーム leaves out a part slower than its limit (300 ms): a busy test machine must not make one look late.
        ["Home:PartTimeout"] = "00:00:10",
    };
}
