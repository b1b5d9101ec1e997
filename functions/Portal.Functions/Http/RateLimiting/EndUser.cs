using Microsoft.AspNetCore.Http;
using Portal.Contracts.Identity;

namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// The <see cref="EndUserHeader"/> of a call: counted only for an authenticated confidential client (anyone else could
/// name any value to escape a limit), and only in a bounded shape so it never grows the limiter's memory.
/// </summary>
public static class EndUser
{
    /// <summary>The handle when the header holds one of the accepted shape (base64url characters), else null.</summary>
    public static string? Of(HttpContext http)
    {
        var value = http.Request.Headers[EndUserHeader.Name].ToString();
        return value.Length is > 0 and <= EndUserHeader.MaxLength && value.All(IsBase64Url) ? value : null;
    }

    private static bool IsBase64Url(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
