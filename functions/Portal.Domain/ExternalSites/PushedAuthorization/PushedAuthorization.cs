namespace Portal.Domain.ExternalSites.PushedAuthorization;

/// <summary>The answer to a pushed request (RFC 9126 §2.2): where the authorization page finds it, and for how long.</summary>
public sealed record PushedAuthorization(string RequestUri, TimeSpan ExpiresIn);
