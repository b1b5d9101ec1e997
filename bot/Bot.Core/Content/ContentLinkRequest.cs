using System.Text.Json.Nodes;

namespace Bot.Core.Content;

/// <summary>
/// What a content link stands for, stored sealed: the conversation whose portal session fetches the content (and the
/// account it was logged in to, so a chat since logged in to another account shows nothing), the channel and what
/// will be shown (for the page's "who asked, what"), the anti-CSRF token the button posts back, and the kind's own
/// parameters.
/// </summary>
public sealed record ContentLinkRequest(
    string ConversationKey, string? AccountId, string Channel, string Description, string Csrf, JsonObject Parameters);
