using System.Text.Json;
using Azure.Identity;
using Azure.Storage.Queues;
using Bot.Core.Notices;
using Microsoft.Extensions.Configuration;
using Portal.Contracts.Notices.Events;

namespace Bot.Functions.Notices;

/// <summary>
/// The pages' reports on the portal's queue named by <see cref="NoticePushReport.QueueSetting"/>, in the storage of the
/// connection <c>NoticePushReportsStorage</c> (a connection string, or <c>__queueServiceUri</c> with the managed
/// identity), else <c>AzureWebJobsStorage</c> (the local stack's one Azurite). Base64, as the portal's trigger expects.
/// </summary>
public sealed class NoticePushReportQueue(IConfiguration configuration) : INoticePushReports
{
    public const string StorageSetting = "NoticePushReportsStorage";

    private readonly Lazy<QueueClient> _queue = new(() => Connect(configuration));
    private volatile bool _created;

    public async Task SendAsync(NoticePushReport report, CancellationToken cancellationToken)
    {
        var queue = _queue.Value;
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        await queue.SendMessageAsync(JsonSerializer.Serialize(report, JsonSerializerOptions.Web), cancellationToken);
    }

    private static QueueClient Connect(IConfiguration configuration)
    {
        var name = configuration[NoticePushReport.QueueSetting] is { Length: > 0 } setting ? setting : NoticePushReport.DefaultQueueName;
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        foreach (var storage in new[] { StorageSetting, "AzureWebJobsStorage" })
        {
            if (configuration[storage] is { Length: > 0 } connection)
            {
                return new QueueServiceClient(connection, options).GetQueueClient(name);
            }
            if ((configuration[$"{storage}:queueServiceUri"] ?? configuration[$"{storage}__queueServiceUri"]) is { Length: > 0 } uri)
            {
                return new QueueServiceClient(new Uri(uri), new DefaultAzureCredential(), options).GetQueueClient(name);
            }
        }
        throw new InvalidOperationException("AzureWebJobsStorage is not configured.");
    }
}
