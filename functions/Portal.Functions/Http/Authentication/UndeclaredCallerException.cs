namespace Portal.Functions.Http.Authentication;

/// <summary>
/// A function authenticated a kind of caller its feature did not declare for it: the declaration and the code
/// disagree, which is the portal's bug (500), never the caller's.
/// </summary>
public sealed class UndeclaredCallerException(string? operation, CallerKind kind)
    : InvalidOperationException($"{operation ?? "An unnamed operation"} does not declare {kind} callers; declare it with AddCallers where its feature registers.");
