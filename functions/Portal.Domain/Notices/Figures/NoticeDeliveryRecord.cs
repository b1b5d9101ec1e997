using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Figures;

/// <summary>
/// What one page of a notice's delivery did, in <c>noticeDeliveries</c> under the notice: the fan-out's record has the
/// page's id, the chatbot's report on it the id <c>{pageId}.chat</c>. Written by upsert under those ids, so a page done
/// twice (a redelivered queue message) overwrites its record and is counted once. Counts only: no account ids.
/// Every field is a count that adds up over a notice's records (the agency's figures are their sums).
/// </summary>
public sealed record NoticeDeliveryRecord : IDocument
{
    public const string DocumentType = "noticeDelivery";

    public const string ChatReportSuffix = ".chat";

    public required string Id { get; init; }

    public required string NoticeId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>Accounts the fan-out found for the notice's audience (a held page's accounts were counted by their page).</summary>
    public int Recipients { get; init; }

    /// <summary>Recipients without a card profile (found only by a national or a personal notice: they have no area).</summary>
    public int WithoutCardProfile { get; init; }

    /// <summary>Recipients the notice is for (a segment's ages and interests), whatever their channels.</summary>
    public int Reached { get; init; }

    /// <summary>Accounts handed to the chatbot to push.</summary>
    public int ChatQueued { get; init; }

    /// <summary>E-mails queued in the outbox.</summary>
    public int EmailQueued { get; init; }

    /// <summary>Accounts held back by their quiet hours on this page.</summary>
    public int Held { get; init; }

    /// <summary>Accounts of a held page let out once their quiet hours ended.</summary>
    public int Released { get; init; }

    /// <summary>Chats the bot reached on LINE (multicast), Teams and the web chat, and those it failed to tell.</summary>
    public int Line { get; init; }

    public int Teams { get; init; }

    public int WebChat { get; init; }

    public int ChatFailed { get; init; }

    /// <summary>Cosmos TTL in seconds: gone when the notice is (the notice's own expiry plus its retention).</summary>
    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => NoticeId;
}
