using Portal.Domain.Applications.Status;

namespace Portal.Domain.Applications.Events;

/// <summary>
/// One status change of one application, as a message on the <see cref="ApplicationEventPublisher"/> queue: whoever
/// tells the resident (e-mail, the chatbot) reads it. No personal data: the receiver looks the rest up.
/// </summary>
/// <param name="ReceiptNumber">受付番号, grouped form.</param>
/// <param name="From">Null for the submission itself (到達).</param>
/// <param name="Revision">The application revision current after the change.</param>
public sealed record ApplicationStatusChanged(
    string ReceiptNumber,
    string LocalGovernmentCode,
    string ResidentId,
    string ProcedureId,
    ApplicationStatus? From,
    ApplicationStatus To,
    StatusActor Actor,
    DateTimeOffset At,
    int Revision);
