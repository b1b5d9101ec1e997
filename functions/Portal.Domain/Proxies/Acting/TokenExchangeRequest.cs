namespace Portal.Domain.Proxies.Acting;

/// <summary>The parameters of a token exchange request (RFC 8693 §2.1) as posted; none checked yet.</summary>
public sealed record TokenExchangeRequest(
    string? SubjectToken, string? SubjectTokenType, string? ActorToken, string? ActorTokenType, string? Scope, string? RequestedTokenType);
