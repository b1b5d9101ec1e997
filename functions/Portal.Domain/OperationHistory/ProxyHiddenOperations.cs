namespace Portal.Domain.OperationHistory;

/// <summary>
/// Lines of the principal's 操作履歴 a proxy reading it never sees: who else is (or was) a proxy and which sites are
/// linked are the principal's alone to know.
/// </summary>
public static class ProxyHiddenOperations
{
    private static readonly string[] Prefixes = ["proxy.", "site."];

    public static bool IsHidden(string operation) => Prefixes.Any(p => operation.StartsWith(p, StringComparison.Ordinal));
}
