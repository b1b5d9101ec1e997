using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// A personal notice's residentRef is not one the agency's own body gave out (or not a ref at all). Answered the same
/// whether or not the ref exists for another body, so it tells nothing about residents elsewhere; nothing was stored.
/// The message names no ref: refs are pseudonyms of residents and logs keep none.
/// </summary>
public sealed class NoticeResidentUnknownException() : PortalException("The residentRef is unknown to the agency's body.");
