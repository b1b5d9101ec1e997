namespace Portal.Functions.Tests.Applications;

/// <summary>
/// The applications host with the chatbot's queue configured (<c>BotEventsQueue</c>), and an events queue of its own so
/// no other test host takes its status events.
/// </summary>
public sealed class ChatbotNoticeFixture : ApplicationsApiFixture
{
    public string BotEventsQueue { get; } = $"bot-events-{Guid.NewGuid():N}";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["BotEventsQueue"] = BotEventsQueue,
        ["ApplicationEventsQueue"] = $"application-events-{Guid.NewGuid():N}",
    };
}
