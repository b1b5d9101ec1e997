using Portal.Domain.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>An agency's offering has problems; every one is listed at once (answered 400).</summary>
public sealed class OfferingRejectedException(IReadOnlyList<OfferingFieldError> errors)
    : PortalException($"The offering was refused: {string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}"))}.")
{
    public IReadOnlyList<OfferingFieldError> Errors { get; } = errors;
}
