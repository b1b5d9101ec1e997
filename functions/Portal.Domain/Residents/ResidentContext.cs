namespace Portal.Domain.Residents;

/// <summary>
/// Who acts and on whose behalf: the signed-in resident for themself, or a proxy (代理人) acting for a principal
/// through a delegated token (token exchange), without any endpoint changing shape. Services read and write the
/// principal's data and record the actor.
/// </summary>
/// <param name="ClientId">The client the request came through (the web portal, the chatbot, an agency).</param>
public sealed record ResidentContext(string ActorId, string PrincipalId, string ClientId)
{
    public static ResidentContext Self(string accountId, string clientId) => new(accountId, accountId, clientId);

    /// <summary>The login the request came with (the token's <c>sid</c>); null where no login is involved.</summary>
    public string? SessionId { get; init; }

    /// <summary>The delegation a proxy acts under (recorded in 操作履歴); null for the resident themself.</summary>
    public string? DelegationId { get; init; }

    /// <summary>
    /// The わたしの情報 categories the caller may see: null for the resident themself (all of them), the delegation's
    /// chosen categories for a proxy.
    /// </summary>
    public IReadOnlyList<string>? InformationCategories { get; init; }

    public bool IsProxy => ActorId != PrincipalId;

    /// <summary>Whether <paramref name="category"/> of わたしの情報 may be shown to the caller.</summary>
    public bool MaySee(string category) => InformationCategories is null || InformationCategories.Contains(category, StringComparer.Ordinal);
}
