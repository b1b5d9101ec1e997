namespace Portal.Domain.Residents;

/// <summary>
/// Who acts and on whose behalf. Today the actor is always the principal (the signed-in resident); a proxy (代理人)
/// will act for another principal without any endpoint changing shape.
/// </summary>
/// <param name="ClientId">The client the request came through (the web portal, the chatbot, an agency).</param>
public sealed record ResidentContext(string ActorId, string PrincipalId, string ClientId)
{
    public static ResidentContext Self(string accountId, string clientId) => new(accountId, accountId, clientId);

    /// <summary>The login the request came with (the token's <c>sid</c>); null where no login is involved.</summary>
    public string? SessionId { get; init; }

    public bool IsProxy => ActorId != PrincipalId;
}
