using System.Security.Cryptography;

namespace Portal.Domain.Histories;

/// <summary>One history key and the period it signed in (<paramref name="ValidUntil"/> null: the current key).</summary>
public sealed record HistoryKey(string KeyId, ECDsa Key, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil);
