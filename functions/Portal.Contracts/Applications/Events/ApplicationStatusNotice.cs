using Portal.Contracts.Applications.History;

namespace Portal.Contracts.Applications.Events;

/// <summary>
/// A status change as the portal hands it to the chatbot (on the queue named by the app setting <c>BotEventsQueue</c>).
/// Only what identifies the application and its new status: no comment, no names, no answers — the message travels
/// through LINE and Teams servers, and the resident reads the details after logging in.
/// </summary>
/// <param name="ResidentId">The portal's account id (the tokens' <c>sub</c>): whom to tell.</param>
/// <param name="ReceiptNumber">受付番号, grouped form.</param>
/// <param name="ProcedureName">From the catalog; null when the procedure is no longer listed.</param>
/// <param name="From">Null for the submission itself (到達).</param>
public sealed record ApplicationStatusNotice(
    string ResidentId,
    string ReceiptNumber,
    string ProcedureId,
    string? ProcedureName,
    StatusView? From,
    StatusView To,
    DateTimeOffset At);
