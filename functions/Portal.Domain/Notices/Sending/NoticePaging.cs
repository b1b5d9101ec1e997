using System.Buffers.Text;
using System.Text;

namespace Portal.Domain.Notices.Sending;

/// <summary>The store's continuation as an opaque URL-safe token, so a query string carries it without escaping.</summary>
public static class NoticePaging
{
    public static string? Encode(string? continuation) =>
        continuation is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation));

    /// <returns>Null when <paramref name="token"/> is not one this list issued.</returns>
    public static string? Decode(string token)
    {
        try
        {
            return Base64Url.IsValid(token) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
