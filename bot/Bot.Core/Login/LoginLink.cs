namespace Bot.Core.Login;

/// <summary>A login link behind a QR code id (<c>GET /api/qr/{id}</c>), kept until the device code expires.</summary>
public sealed record LoginLink
{
    public const string DocumentType = "loginLink";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>Sealed (<see cref="Storage.Secrets.SealedValues"/>) by <see cref="LoginLinkStore"/>: the link is a capability.</summary>
    public required string Link { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Seconds, for the container's TTL.</summary>
    public int Ttl { get; init; }
}
