namespace Portal.Domain.Errors;

/// <summary>
/// A failure the portal expects and can explain. Each subtype maps to one problem type at the HTTP edge,
/// where the resident-facing Japanese text lives.
/// </summary>
public abstract class PortalException(string message, Exception? inner = null) : Exception(message, inner);
