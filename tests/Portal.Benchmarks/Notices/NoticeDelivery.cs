namespace Portal.Benchmarks.Notices;

/// <summary>What one sent notice cost, from the send to the last page pushed.</summary>
/// <param name="Audience">As the table names it.</param>
/// <param name="Residents">Seeded residents in the notice's area (the pages the fan-out reads through).</param>
/// <param name="NoticeWrites">Writes to <c>notices</c> by the send and its publishing (create + fan-out claim).</param>
/// <param name="FanOutNoticeWrites">Writes to <c>notices</c> during the fan-out (expected none).</param>
/// <param name="OtherWrites">Writes to other containers by send, publish and fan-out, as "container n".</param>
/// <param name="FanOutMessages">Messages the fan-out queue carried (pages read).</param>
/// <param name="PushPages">Pages sent to the chatbot's queue (one message each).</param>
/// <param name="Pushed">Account ids in those pages.</param>
/// <param name="SendMilliseconds">The send call (validation, daily counter, create, claim, first queue message).</param>
/// <param name="PublishToLastPushMilliseconds">From the start of the send (it publishes at once) to the last page queued.</param>
public sealed record NoticeDelivery(
    string Audience, int Residents, int NoticeWrites, int FanOutNoticeWrites, string OtherWrites, int FanOutMessages, int PushPages,
    int Pushed, double SendMilliseconds, double PublishToLastPushMilliseconds, FanOutRun FanOut);
