using System.Security.Cryptography;
using System.Text;
using Bot.Core.Conversations;

namespace Bot.Core.Content;

/// <summary>
/// The page behind a sealed content link. GET: who asked, what the button shows, until when — nothing fetched. POST
/// with the link's anti-CSRF token: the link is marked used first (If-Match: one press wins), then the kind fetches
/// the content from the portal with the conversation's session and it is rendered once. A used, expired or unknown
/// link, or a chat since logged out or in to another account, shows nothing.
/// </summary>
public sealed class ContentPageService(ContentLinkStore store, ConversationStore conversations, IEnumerable<IContentKind> kinds, TimeProvider time)
{
    public async Task<ContentPage> ShowAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } found)
        {
            return ContentPageHtml.Gone(404);
        }
        var (link, _, request) = found;
        return Usable(link) ? ContentPageHtml.Offer(link, request) : ContentPageHtml.Gone(410);
    }

    public async Task<ContentPage> OpenAsync(string id, string? csrf, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } found)
        {
            return ContentPageHtml.Gone(404);
        }
        var (link, etag, request) = found;
        if (!Usable(link))
        {
            return ContentPageHtml.Gone(410);
        }
        if (csrf is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Csrf), Encoding.UTF8.GetBytes(csrf)))
        {
            // Not this link's page posting: the link stays usable from its own page.
            return ContentPageHtml.Forbidden();
        }
        if (!await store.UseAsync(link, etag, cancellationToken))
        {
            return ContentPageHtml.Gone(410);
        }
        var state = (await conversations.ReadAsync(request.ConversationKey, cancellationToken)).State;
        if (state.PortalSession is not { } session || session.AccountId != request.AccountId
            || kinds.FirstOrDefault(k => k.Kind == link.Kind) is not { } kind)
        {
            return ContentPageHtml.LoggedOut();
        }
        return await kind.RenderAsync(session, request.Parameters, cancellationToken) is { } body
            ? ContentPageHtml.Content(body)
            : ContentPageHtml.LoggedOut();
    }

    private bool Usable(ContentLink link) => link.UsedAt is null && link.ExpiresAt > time.GetUtcNow();
}
