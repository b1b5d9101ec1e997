using System.Text.Json;
using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Authentication;

namespace Bot.Channels.Teams;

/// <summary>
/// What the <c>POST /api/messages</c> function calls: the Authorization header and the body in, a status code out.
/// 401 for any token refusal (and nothing else happens), 400 for a body that is not an activity, 200 when processed.
/// </summary>
public sealed class TeamsMessagesEndpoint(BotFrameworkTokenValidator validator, TeamsActivityProcessor processor)
{
    public async Task<int> HandleAsync(string? authorization, Stream body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return 401;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(body, ActivityJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return 400;
        }

        if (activity is null)
        {
            return 400;
        }

        var outcome = await validator.ValidateAsync(authorization, activity, cancellationToken);
        if (!outcome.IsAccepted)
        {
            return 401;
        }

        await processor.ProcessAsync(activity, cancellationToken);
        return 200;
    }
}
