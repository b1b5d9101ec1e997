namespace Portal.Contracts.Notices.Agency;

/// <summary>
/// A notice's delivery so far, as its sending agency sees it (counts only).
/// </summary>
/// <param name="Recipients">Registered accounts the fan-out found for the audience.</param>
/// <param name="Reached">Recipients the notice is for (a segment's ages and interests), whatever their channels.</param>
/// <param name="WithoutCardProfile">Recipients without a card profile: they have no area, so only a national or a personal
/// notice finds them (always 0 for an area notice).</param>
/// <param name="Pending">Held by the residents' quiet hours, not pushed or e-mailed yet.</param>
/// <param name="Pushed">Chats told (LINE + Teams + web chat): a push already sent cannot be recalled.</param>
/// <param name="Read">Residents who opened the notice.</param>
public sealed record NoticeDeliveryFiguresView(
    int Recipients, int Reached, int WithoutCardProfile, int Pending, int Pushed, NoticeChatFiguresView Chat,
    NoticeEmailFiguresView Email, int Read);
