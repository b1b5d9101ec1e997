using Portal.Domain.Errors;

namespace Portal.Domain.Applications;

/// <summary>
/// No application under that receipt number for the caller: also what another resident's or another body's
/// application looks like, so its existence is not revealed.
/// </summary>
public sealed class ApplicationNotFoundException() : PortalException("No such application for this caller.");
