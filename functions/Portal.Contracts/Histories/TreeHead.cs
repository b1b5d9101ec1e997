using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// The signed head of a day's tree over every resident's history heads: the payload of a JWS with <c>typ</c>
/// <see cref="Type"/>, signed with a history key. Published for every day, so residents can compare the root they were
/// shown with the one everyone else sees (the portal cannot show two histories of one resident to two people).
/// </summary>
/// <param name="TreeSize">How many leaves.</param>
/// <param name="RootHash">The RFC 9162 Merkle tree hash, lowercase hex.</param>
/// <param name="Day">The day (UTC, yyyy-MM-dd) the tree is of.</param>
/// <param name="IssuedAt">When the portal signed it.</param>
public sealed record TreeHead(long TreeSize, string RootHash, string Day, DateTimeOffset IssuedAt)
{
    public const string Type = "tree-head+jwt";

    public JsonObject ToPayload() => new()
    {
        ["treeSize"] = TreeSize,
        ["rootHash"] = RootHash,
        ["day"] = Day,
        ["iat"] = IssuedAt.ToUnixTimeSeconds(),
    };

    /// <returns>Null when a member is missing or of the wrong kind.</returns>
    public static TreeHead? FromPayload(JsonObject payload)
    {
        try
        {
            return new TreeHead(payload["treeSize"]!.GetValue<long>(), payload["rootHash"]!.GetValue<string>(),
                payload["day"]!.GetValue<string>(), DateTimeOffset.FromUnixTimeSeconds(payload["iat"]!.GetValue<long>()));
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
