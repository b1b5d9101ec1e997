using Bot.Core.Conversations;

namespace Bot.Core.Forms;

/// <summary>
/// The print link of a procedure not taken online: the token must be the conversation's live print token; the PDF is
/// the portal's, fetched with the conversation's session and streamed on, never stored.
/// </summary>
public sealed class FormPrintService(ConversationStore conversations, FormsPortalClient portal, FormPageTokens tokens)
{
    /// <summary>The PDF (dispose it) and its file name; null for an unknown, expired or replaced token or a draft gone.</summary>
    public async Task<(Stream Pdf, string FileName)?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (FormPageTokens.ConversationKey(token) is not { } key)
        {
            return null;
        }
        var state = (await conversations.ReadAsync(key, cancellationToken)).State;
        if (!tokens.IsValidPrint(state.Form, token) || state.PortalSession is not { } session)
        {
            return null;
        }
        var pdf = await portal.OpenPrintAsync(session, state.Form!.DraftId, cancellationToken);
        return pdf is null ? null : (pdf, "申請書.pdf");
    }
}
