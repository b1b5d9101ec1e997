using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Notices.Events;
using Portal.Domain.Notices.Figures;

namespace Portal.Functions.Notices.Delivery;

/// <summary>
/// The chatbot's report on each page it pushed, recorded next to the page's own record for the agency's figures. A
/// report delivered twice is recorded twice under the same id: it counts once.
/// </summary>
public sealed class NoticePushReportFunctions(NoticeDeliveryLedger ledger)
{
    [Function("RecordNoticePushReport")]
    public Task Record(
        [QueueTrigger("%" + NoticePushReport.QueueSetting + "%", Connection = "AzureWebJobsStorage")] NoticePushReport report,
        CancellationToken cancellationToken) =>
        ledger.RecordChatAsync(report, cancellationToken);
}
