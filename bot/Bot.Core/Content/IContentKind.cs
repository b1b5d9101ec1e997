using System.Text.Json.Nodes;
using Bot.Core.Conversations;

namespace Bot.Core.Content;

/// <summary>
/// One kind of content behind sealed links (わたしの情報; やりとり履歴 next): it fetches from the portal with the
/// resident's session, only when the button on the page is pressed, and renders HTML that is sent once and kept nowhere.
/// </summary>
public interface IContentKind
{
    string Kind { get; }

    /// <summary>The page's heading and body (HTML, every value escaped); null when the portal refused the session.</summary>
    Task<ContentBody?> RenderAsync(PortalSession session, JsonObject parameters, CancellationToken cancellationToken);
}
