using Portal.Domain.Errors;

namespace Portal.Domain.Information;

/// <summary>
/// The residentRef is not one this body was given (another body's, malformed, or never given out): answered 404 the
/// same way in every case, so an agency learns nothing about refs that are not its own.
/// </summary>
public sealed class InformationResidentUnknownException() : PortalException("The residentRef is not known to this body.");
