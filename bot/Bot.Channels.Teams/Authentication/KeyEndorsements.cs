using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Channels.Teams.Authentication;

/// <summary>
/// The Bot Framework's JWKS entries carry an <c>endorsements</c> array: the channels a key may sign for. The
/// IdentityModel key keeps unknown members in <see cref="JsonWebKey.AdditionalData"/>, in whatever shape its reader
/// produced, so this accepts the shapes it may take.
/// </summary>
public static class KeyEndorsements
{
    public const string Member = "endorsements";

    public static bool Endorses(JsonWebKey key, string channelId)
    {
        if (!key.AdditionalData.TryGetValue(Member, out var value) || value is null)
        {
            return false;
        }

        return Values(value).Any(v => string.Equals(v, channelId, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string?> Values(object value) => value switch
    {
        string single => [single],
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
        JsonElement { ValueKind: JsonValueKind.String } element => [element.GetString()],
        IEnumerable items => items.Cast<object?>().Select(i => i is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString() : i?.ToString()),
        _ => [],
    };
}
