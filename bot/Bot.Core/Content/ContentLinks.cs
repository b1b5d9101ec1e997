using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bot.Core.Conversations;

namespace Bot.Core.Content;

/// <summary>
/// Issues sealed content links from a turn: short-lived (<see cref="Lifetime"/>), single use, at
/// <c>{Bot:PublicBaseUrl}/api/content/{id}</c>. The address passes through LINE's or Teams' servers, which may fetch
/// it: a GET shows only who asked and what a button will show; the content is fetched when the button posts.
/// </summary>
public sealed class ContentLinks(ContentLinkStore store, string publicBaseUrl)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <param name="description">What the page will show, in Japanese (e.g. 「税・所得（令和6年4月1日時点）」): no content.</param>
    public async Task<(Uri Url, DateTimeOffset ExpiresAt)> IssueAsync(
        string kind, ConversationState state, string channel, string description, JsonObject parameters, CancellationToken cancellationToken)
    {
        var csrf = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var request = new ContentLinkRequest(state.Id, state.PortalSession?.AccountId, channel, description, csrf, parameters);
        var link = await store.AddAsync(kind, request, Lifetime, cancellationToken);
        return (Url(link.Id), link.ExpiresAt);
    }

    public Uri Url(string id) => new($"{publicBaseUrl.TrimEnd('/')}/api/content/{id}");

    /// <summary>The channel's name as residents know it, for the page's "who asked".</summary>
    public static string ChannelName(string channel) => channel switch
    {
        Messages.Channels.Line => "LINE",
        Messages.Channels.Teams => "Microsoft Teams",
        _ => "Web チャット",
    };
}
