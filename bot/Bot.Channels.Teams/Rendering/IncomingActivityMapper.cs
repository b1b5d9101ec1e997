using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Channels.Teams.Activities;
using Bot.Core.Messages;

namespace Bot.Channels.Teams.Rendering;

/// <summary>
/// An inbound message activity as the engine sees it. The user is the Entra object id when Teams gives one (stable
/// across chats), else the channel account id. A submitted card or messageBack (<c>value</c> with "action") becomes
/// <see cref="IncomingMessage.Action"/>, its other members <see cref="IncomingMessage.Values"/>, and the text is
/// dropped (it is only the button's label). In group chats Teams puts the bot's mention (<c>&lt;at&gt;name&lt;/at&gt;</c>)
/// into the text; it is removed.
/// </summary>
public static partial class IncomingActivityMapper
{
    public static ChannelUser User(Activity activity)
    {
        var from = activity.From ?? throw new ArgumentException("The activity has no sender.", nameof(activity));
        return new ChannelUser(Bot.Core.Messages.Channels.Teams, from.AadObjectId ?? from.Id);
    }

    public static IncomingMessage ToIncoming(Activity activity, DateTimeOffset receivedAt)
    {
        var user = User(activity);
        var messageId = activity.Id ?? "";
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return new IncomingMessage(user, NullIfBlank(activity.Text), null, null, messageId, receivedAt);
        }

        string? action = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            var text = member.Value.ValueKind switch
            {
                JsonValueKind.String => member.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => member.Value.GetRawText(),
            };
            if (member.NameEquals(AdaptiveCardRenderer.ActionKey))
            {
                action = text;
            }
            else if (text is not null)
            {
                values[member.Name] = text;
            }
        }

        return new IncomingMessage(
            user,
            action is null ? NullIfBlank(activity.Text) : null,
            action,
            values.Count > 0 ? values : null,
            messageId,
            receivedAt);
    }

    private static string? NullIfBlank(string? text)
    {
        var cleaned = text is null ? null : Mention().Replace(text, "").Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex Mention();
}
