using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Canonical;

/// <summary>The JSON cannot be canonicalised (RFC 8785 needs I-JSON: unique member names, numbers that are doubles).</summary>
public sealed class CanonicalizationException(string detail) : PortalException($"The JSON cannot be canonicalised: {detail}");
