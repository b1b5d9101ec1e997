using Portal.Domain.Errors;
using Portal.Domain.Forms;

namespace Portal.Domain.Applications.Submissions;

/// <summary>The draft's answers do not pass the form's validation; every problem at once.</summary>
public sealed class ApplicationInvalidException(IReadOnlyList<FieldError> errors)
    : PortalException($"The answers are invalid: {string.Join(", ", errors.Select(e => $"{e.Path} {e.Code}"))}.")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
