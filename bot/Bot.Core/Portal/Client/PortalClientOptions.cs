namespace Bot.Core.Portal.Client;

/// <summary>
/// How the chatbot authenticates to the portal: a confidential client (private_key_jwt). Bound from <c>Bot:Portal</c>:
/// <c>ClientId</c>, <c>ClientKey</c> (the private key as PEM: in Azure a Key Vault reference to the bot's secret) or
/// <c>ClientKeyFile</c> (a PEM file: the local run's <c>.local/chatbot/private.pem</c>), and <c>Issuer</c>.
/// </summary>
public sealed class PortalClientOptions
{
    public const string Section = "Bot:Portal";

    public string ClientId { get; set; } = "chatbot";

    /// <summary>The private key, PKCS#8 or SEC1/PKCS#1 PEM (EC P-256 or RSA). Never logged.</summary>
    public string? ClientKey { get; set; }

    /// <summary>A file holding <see cref="ClientKey"/>, read once at first use.</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>The portal's issuer, each assertion's <c>aud</c>; empty: <c>{BaseUrl}/api</c>.</summary>
    public string? Issuer { get; set; }
}
