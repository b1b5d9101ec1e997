using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Applications.Events;
using Portal.Domain.Applications.Notifications;
using Portal.Domain.Applications;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Applications;

/// <summary>
/// A status change reaches the chatbot's queue as a notice that names the application and its new status, nothing
/// more; a portal without <c>BotEventsQueue</c> tells no chatbot.
/// </summary>
public sealed class ChatbotNoticeHttpTests(ChatbotNoticeFixture fixture) : IClassFixture<ChatbotNoticeFixture>
{
    private const string Comment = "添付書類が不足しています";

    [Fact]
    public async Task AnAgencysStatusChangeIsPutOnTheChatbotQueueWithoutTheCommentOrAnyAnswer()
    {
        var resident = Guid.NewGuid().ToString("N");
        var application = await fixture.SubmitAsync(resident);
        var agency = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);

        AccountsApi.Expect(await fixture.Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{application.Id}/status", agency,
            new { status = "rejected", comment = Comment }), 200);

        var body = await ReceiveAsync(TimeSpan.FromSeconds(60));
        var notice = JsonSerializer.Deserialize<ApplicationStatusNotice>(body, JsonSerializerOptions.Web)!;
        Assert.Equal(resident, notice.ResidentId);
        Assert.Equal(application.Id, notice.ReceiptNumber);
        Assert.Equal(ApplicationsApiFixture.Procedure, notice.ProcedureId);
        Assert.Equal("児童手当の認定請求", notice.ProcedureName);
        Assert.Equal(("arrived", "到達"), (notice.From!.Code, notice.From.Label));
        Assert.Equal(("rejected", "却下"), (notice.To.Code, notice.To.Label));
        Assert.DoesNotContain(Comment, body, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", body, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("", 2)]
    [InlineData("bot-events", 3)]
    public void TheChatbotIsToldOnlyWhenBotEventsQueueNamesItsQueue(string? queue, int notifiers)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BotEventsQueue"] = queue }).Build();

        var services = new ServiceCollection().AddApplications(configuration);

        Assert.Equal(notifiers, services.Count(d => d.ServiceType == typeof(IApplicationNotifier)));
    }

    private async Task<string> ReceiveAsync(TimeSpan timeout)
    {
        var queue = new QueueClient(fixture.Api.Stack.Storage.ConnectionString, fixture.BotEventsQueue,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await queue.ExistsAsync())
            {
                var messages = (await queue.ReceiveMessagesAsync(maxMessages: 1)).Value;
                if (messages.Length > 0)
                {
                    return messages[0].Body.ToString();
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"No notice on the chatbot's queue within {timeout}.");
            await Task.Delay(200);
        }
    }
}
