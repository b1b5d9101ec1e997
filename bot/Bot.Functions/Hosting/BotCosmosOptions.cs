namespace Bot.Functions.Hosting;

/// <summary>The bot's own database (section <c>Bot:Cosmos</c>); never the portal's.</summary>
public sealed class BotCosmosOptions
{
    public const string Section = "Bot:Cosmos";

    public Uri? Endpoint { get; set; }

    /// <summary>Empty in Azure, where the app's managed identity is used.</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "bot";

    /// <summary>Create the database and containers at start-up (local runs only; in Azure, Bicep owns them).</summary>
    public bool CreateIfNotExists { get; set; }

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
