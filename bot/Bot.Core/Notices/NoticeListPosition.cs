namespace Bot.Core.Notices;

/// <summary>
/// Where the お知らせ list shown last goes on: the portal's continuation and whether it was 未読だけ (the next page must
/// ask with the same filter the continuation was made for).
/// </summary>
public sealed record NoticeListPosition(string Continuation, bool UnreadOnly);
