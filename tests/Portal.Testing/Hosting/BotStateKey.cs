namespace Portal.Testing.Hosting;

/// <summary>
/// The key ring every test bot host seals its stored tokens and codes with (<c>Bot:StateKeys</c>). Test only: a fixed
/// key, so two hosts over one database (a restart) open each other's documents.
/// </summary>
public static class BotStateKey
{
    public const string KeyId = "test";

    public const string Ring = "test:rJXA34XigRdnUkQA1XZJrakx8h2qjzBHKUDBydt395k=";

    public static IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["Bot:StateKeys"] = Ring,
    };
}
