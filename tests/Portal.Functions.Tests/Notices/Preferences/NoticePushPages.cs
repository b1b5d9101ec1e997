using System.Text.Json;
using Azure.Storage.Queues;
using Portal.Contracts.Notices.Events;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Notices.Preferences;

/// <summary>The push pages a host's fan-out left on its chatbot's queue (peeked, so every test sees them all).</summary>
public sealed class NoticePushPages(AccountsApi api, string botEventsQueue)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);

    /// <summary>Waits for a page of the notice that <paramref name="matching"/> accepts.</summary>
    public async Task<NoticePushPage> WaitForAsync(string noticeId, Func<NoticePushPage, bool> matching)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            if ((await PeekAsync(noticeId)).FirstOrDefault(matching) is { } page)
            {
                return page;
            }
            Assert.True(DateTime.UtcNow < deadline, $"No matching push page of {noticeId} within {Wait}.");
            await Task.Delay(200);
        }
    }

    public async Task<IReadOnlyList<NoticePushPage>> PeekAsync(string noticeId)
    {
        var queue = new QueueClient(api.Stack.Storage.ConnectionString, botEventsQueue,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        if (!await queue.ExistsAsync())
        {
            return [];
        }
        return [.. (await queue.PeekMessagesAsync(32)).Value
            .Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement)
            .Where(json => json.TryGetProperty("kind", out var kind) && kind.GetString() == NoticePushPage.EventKind
                && json.GetProperty("noticeId").GetString() == noticeId)
            .Select(json => json.Deserialize<NoticePushPage>(JsonSerializerOptions.Web)!)];
    }
}
