using Functions.Http.Bodies;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Functions.Identity;

/// <summary>
/// Reading an OAuth request (RFC 6749 §3.2, §2.3): the form body within the portal's size limit, single-valued
/// parameters, and the client's credentials from the body or HTTP Basic.
/// </summary>
public sealed class OAuthRequestReader(FormBodyReader forms)
{
    /// <summary>Within the portal's form size limit: an oversized body is a 413 problem, like any other endpoint's.</summary>
    public async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, "the body must be application/x-www-form-urlencoded.");
        }
        return await forms.ReadAsync(request, cancellationToken);
    }

    /// <summary>RFC 6749 §3.2: a parameter sent more than once is an invalid request.</summary>
    public static string? Single(IFormCollection form, string name)
    {
        var values = form.TryGetValue(name, out var found) ? found : StringValues.Empty;
        return values.Count switch
        {
            0 => null,
            1 => string.IsNullOrEmpty(values[0]) ? null : values[0],
            _ => throw new OAuthErrorException(OAuthErrors.InvalidRequest, $"{name} was sent more than once."),
        };
    }

    /// <summary>
    /// The client's id from the body, or from HTTP Basic (RFC 6749 §2.3.1, which some client libraries use by default)
    /// with an empty secret; and a private_key_jwt assertion when there is one. No client has a secret, so a secret is
    /// refused rather than ignored.
    /// </summary>
    public static ClientCredentials CredentialsOf(HttpRequest request, IFormCollection form)
    {
        var inBody = Single(form, "client_id");
        var assertionType = Single(form, "client_assertion_type");
        var assertion = Single(form, "client_assertion");
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return new ClientCredentials(inBody, assertionType, assertion);
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, "malformed Basic credentials.");
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var id = Uri.UnescapeDataString(colon < 0 ? decoded : decoded[..colon]);
        var secret = colon < 0 ? "" : decoded[(colon + 1)..];
        if (secret.Length > 0 || (inBody is not null && inBody != id))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, "clients authenticate with client_id only or private_key_jwt.");
        }
        return new ClientCredentials(id, assertionType, assertion);
    }

    /// <summary>The bearer token of the Authorization header (RFC 6750 §2.1), or null.</summary>
    public static string? BearerTokenOf(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
