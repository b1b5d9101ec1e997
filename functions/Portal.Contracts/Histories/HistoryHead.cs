using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// The signed head of a history export: the payload of a JWS with <c>typ</c> <see cref="Type"/>, signed with a history
/// key (never a token-signing key: those rotate and are disabled, which would leave old exports unverifiable).
/// </summary>
/// <param name="History">Which history: "operations" (操作履歴) or "exchanges" (やりとり履歴).</param>
/// <param name="Resident">Whose: the resident's account id, as their 操作履歴 already shows it.</param>
/// <param name="Sequence">The last entry's sequence number (0: nothing yet).</param>
/// <param name="Hash">The last entry's hash (<see cref="HistoryChainHash.Genesis"/> when there is none).</param>
/// <param name="IssuedAt">When the portal signed it.</param>
public sealed record HistoryHead(string History, string Resident, long Sequence, string Hash, DateTimeOffset IssuedAt)
{
    public const string Type = "history-head+jwt";

    public JsonObject ToPayload() => new()
    {
        ["history"] = History,
        ["sub"] = Resident,
        ["seq"] = Sequence,
        ["hash"] = Hash,
        ["iat"] = IssuedAt.ToUnixTimeSeconds(),
    };

    /// <returns>Null when a member is missing or of the wrong kind.</returns>
    public static HistoryHead? FromPayload(JsonObject payload)
    {
        try
        {
            return new HistoryHead(payload["history"]!.GetValue<string>(), payload["sub"]!.GetValue<string>(),
                payload["seq"]!.GetValue<long>(), payload["hash"]!.GetValue<string>(),
                DateTimeOffset.FromUnixTimeSeconds(payload["iat"]!.GetValue<long>()));
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
