using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Functions.Http.Preconditions;

/// <summary>Entity tags between HTTP and storage: the If-Match a change is conditional on, and a stored version's ETag.</summary>
public static class EntityTags
{
    /// <summary>
    /// The version an If-Match asks for; null without one or with "*" (any current version). If-Match is optional
    /// in both apps' APIs: without a version, a change applies to whatever is current, as far as the rules allow.
    /// </summary>
    public static string? IfMatch(HttpRequest request) =>
        request.Headers[HeaderNames.IfMatch].ToString() is { Length: > 0 } tag && tag != "*" ? tag : null;

    /// <summary>A stored version's ETag as a strong entity tag (RFC 9110 §8.8.3), quoted when the store did not.</summary>
    public static string Strong(string etag) => etag.StartsWith('"') ? etag : $"\"{etag}\"";
}
