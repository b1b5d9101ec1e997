namespace Bot.Core.Storage.Secrets;

/// <summary>
/// The keys that seal the bot's stored secrets (see <see cref="StateKeyRing"/>). Bound from <c>Bot</c>:
/// <c>StateKeys</c> (in Azure a Key Vault reference to the bot vault's secret <c>bot-state-keys</c>) or
/// <c>StateKeyFile</c> (the local run's <c>.local/bot-state-key</c>, made once by run.sh). Both hold the same text:
/// <c>kid:base64key[,kid:base64key...]</c>, the first the current key.
/// </summary>
public sealed class StateKeyOptions
{
    public const string Section = "Bot";

    /// <summary>The key ring as text. Never logged.</summary>
    public string? StateKeys { get; set; }

    /// <summary>A file holding <see cref="StateKeys"/>, read once at start.</summary>
    public string? StateKeyFile { get; set; }
}
