namespace Bot.Core.Content;

/// <summary>
/// A sealed content link (<c>GET|POST /api/content/{id}</c>): one resident's request to see personal content of a
/// <see cref="Kind"/> on a page of the bot host instead of in the chat. Everything about who asked and what is in
/// <see cref="Sealed"/> (a <see cref="ContentLinkRequest"/>, sealed with the id as associated data); the rest says only
/// whether the link may still be used.
/// </summary>
public sealed record ContentLink
{
    public const string DocumentType = "contentLink";

    /// <summary>128 random bits (hex): the capability in the URL.</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>What the page shows when opened (<see cref="IContentKind.Kind"/>), e.g. <c>information</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The sealed <see cref="ContentLinkRequest"/> as JSON.</summary>
    public required string Sealed { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the button was pressed: from then on the link shows nothing again.</summary>
    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>Seconds, for the container's TTL (a while after expiry, so a late visit is told "used or expired").</summary>
    public int Ttl { get; init; }
}
