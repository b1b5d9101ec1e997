using Portal.Domain.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>The agency's binding names no body that publishes offerings (answered 403).</summary>
/// <param name="Reason">One of <see cref="PublishingRefusals"/>.</param>
public sealed class PublishingRefusedException(string reason)
    : PortalException($"This agency cannot publish offerings ({reason}).")
{
    public string Reason { get; } = reason;
}
