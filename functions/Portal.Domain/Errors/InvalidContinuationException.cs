namespace Portal.Domain.Errors;

/// <summary>
/// The store refused a query's continuation token: not one it handed out (tampered with, or from another query). The
/// service that took the token from a caller names the parameter in its own <c>InvalidInputException</c>.
/// </summary>
public sealed class InvalidContinuationException(Exception? inner = null)
    : PortalException("The continuation token is not one the store handed out.", inner);
