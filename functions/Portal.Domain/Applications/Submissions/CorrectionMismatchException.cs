using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Submissions;

/// <summary>A correction whose draft is for another procedure or another receiving body than the corrected application.</summary>
public sealed class CorrectionMismatchException() : PortalException("The draft is not for the corrected application's procedure and body.");
