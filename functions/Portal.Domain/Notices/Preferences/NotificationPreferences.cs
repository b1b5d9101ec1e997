using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Preferences;

/// <summary>
/// 通知設定: per category the channels a notice also goes to (<see cref="NotificationChannels"/>; none = the inbox
/// only), the categories chosen as interests (segments for the interested), and quiet hours (null = off). One document
/// in <c>residents</c>, in the resident's partition, under a fixed id; deleted with the account.
/// </summary>
public sealed record NotificationPreferences : IDocument
{
    public const string DocumentType = "notificationPreferences";

    public const string DocumentId = "notification-preferences";

    public string Id { get; init; } = DocumentId;

    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>Every category of <see cref="NoticeCategories.All"/>, each with its channels.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Channels { get; init; }

    public required IReadOnlyList<string> Interests { get; init; }

    public QuietHours? QuietHours { get; init; }

    /// <summary>When the resident saved them; null for the defaults nobody saved.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    /// <summary>
    /// What a resident who never saved gets: the registration's メール通知 choice becomes e-mail for every category,
    /// and chat for every category (a push reaches only the chats the resident linked anyway); default quiet hours.
    /// </summary>
    public static NotificationPreferences Defaults(string residentId, bool emailNotifications) => new()
    {
        ResidentId = residentId,
        Channels = NoticeCategories.All.ToDictionary(c => c,
            _ => (IReadOnlyList<string>)(emailNotifications ? [NotificationChannels.Email, NotificationChannels.Chat] : [NotificationChannels.Chat])),
        Interests = [],
        QuietHours = QuietHours.Default,
    };

    public bool Sends(string category, string channel) => Channels.TryGetValue(category, out var chosen) && chosen.Contains(channel);
}
