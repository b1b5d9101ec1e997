namespace Portal.Contracts.CardRequests;

/// <summary>
/// <c>POST</c>ed to <c>{link}/confirmation</c>: the code shown where the request was started, as the resident typed
/// it into the signer. Only a body, never a query string, so it stays out of logs and browser history.
/// </summary>
public sealed record CodeConfirmation(string UserCode);
