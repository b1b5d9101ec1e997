namespace Portal.Domain.Histories;

/// <summary>
/// The history keys (section <c>Histories</c>): every key that ever signed a history head, one a line, oldest first,
/// as "&lt;ISO 8601 time it started signing&gt; &lt;base64 DER EC P-256 private key (SEC1 or PKCS#8)&gt;"; the last line
/// signs. <c>SigningKeys</c> holds the lines (in Azure a Key Vault reference to the secret <c>portal-history-keys</c>),
/// or <c>SigningKeysFile</c> names a file holding them (the local run's <c>.local/history-keys</c>). A key is added,
/// never removed: exports signed years ago must still verify against the published key history.
/// </summary>
public sealed class HistoryKeyOptions
{
    public const string Section = "Histories";

    public string? SigningKeys { get; set; }

    public string? SigningKeysFile { get; set; }
}
