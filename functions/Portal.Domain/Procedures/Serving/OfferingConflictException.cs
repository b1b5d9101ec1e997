using Portal.Domain.Errors;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// The If-Match the agency sent is not the set's current ETag (answered 412 with <see cref="Current"/>, so the agency
/// can merge and retry without another read).
/// </summary>
public sealed class OfferingConflictException(string key, Stored<OfferingSet>? current)
    : PortalException($"The offering set '{key}' changed since it was read.")
{
    /// <summary>The set as it is now (null when it does not exist).</summary>
    public Stored<OfferingSet>? Current { get; } = current;
}
