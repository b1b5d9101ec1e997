using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Storage.Secrets;

/// <summary>
/// The AES-256 keys of <see cref="SealedValues"/>: the current one seals, every one opens, so a rotation (a new key
/// put first, the old ones kept after it) loses no stored session. Text form: <c>kid:base64key</c> entries separated
/// by commas or white space, e.g. <c>2026a:q1w2…=,2025b:z9x8…=</c>; a kid is 1-32 of <c>A-Z a-z 0-9 _ -</c> (it is
/// part of every sealed value), a key 32 random bytes in base64.
/// </summary>
public sealed class StateKeyRing
{
    public const int KeyBytes = 32;

    private static readonly SearchValues<char> KeyIdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    private readonly Dictionary<string, byte[]> _keys;

    private StateKeyRing(string currentId, Dictionary<string, byte[]> keys)
    {
        CurrentId = currentId;
        _keys = keys;
    }

    /// <summary>The kid new values are sealed with.</summary>
    public string CurrentId { get; }

    internal byte[] CurrentKey => _keys[CurrentId];

    public bool TryGet(string keyId, [NotNullWhen(true)] out byte[]? key) => _keys.TryGetValue(keyId, out key);

    /// <exception cref="StateKeyException">No key, or an entry that is not <c>kid:base64key</c> of 32 bytes.</exception>
    public static StateKeyRing Parse(string text)
    {
        var entries = text.Split([',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length == 0)
        {
            throw new StateKeyException("The state key ring is empty.");
        }
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        // Positions only in the messages: an entry may be a key.
        for (var i = 0; i < entries.Length; i++)
        {
            var separator = entries[i].IndexOf(':', StringComparison.Ordinal);
            var keyId = separator > 0 ? entries[i][..separator] : "";
            if (!IsKeyId(keyId))
            {
                throw new StateKeyException($"State key {i + 1}: expected kid:base64key with a kid of 1-32 letters, digits, '_' or '-'.");
            }
            var key = new byte[KeyBytes + 3];
            if (!Convert.TryFromBase64String(entries[i][(separator + 1)..], key, out var length) || length != KeyBytes)
            {
                throw new StateKeyException($"State key {keyId}: the key is not {KeyBytes} bytes in base64.");
            }
            if (!keys.TryAdd(keyId, key[..KeyBytes]))
            {
                throw new StateKeyException($"State key {keyId} is listed twice.");
            }
        }
        return new StateKeyRing(entries[0][..entries[0].IndexOf(':', StringComparison.Ordinal)], keys);
    }

    /// <exception cref="StateKeyException">Neither setting is set, the file cannot be read, or the text is malformed.</exception>
    public static StateKeyRing From(StateKeyOptions options)
    {
        if (options.StateKeys is { Length: > 0 } text)
        {
            return Parse(text);
        }
        if (options.StateKeyFile is not { Length: > 0 } file)
        {
            throw new StateKeyException(
                $"Set {StateKeyOptions.Section}:{nameof(StateKeyOptions.StateKeys)} (Azure: the Key Vault reference) or "
                + $"{StateKeyOptions.Section}:{nameof(StateKeyOptions.StateKeyFile)} (local): the bot stores no secret in clear.");
        }
        try
        {
            return Parse(File.ReadAllText(file));
        }
        catch (IOException e)
        {
            throw new StateKeyException($"{StateKeyOptions.Section}:{nameof(StateKeyOptions.StateKeyFile)} cannot be read ({e.GetType().Name}).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new StateKeyException($"{StateKeyOptions.Section}:{nameof(StateKeyOptions.StateKeyFile)} cannot be read (access denied).");
        }
    }

    internal static bool IsKeyId(ReadOnlySpan<char> keyId) =>
        keyId.Length is > 0 and <= 32 && !keyId.ContainsAnyExcept(KeyIdChars);
}
