using Portal.Domain.Errors;

namespace Portal.Domain.Residents;

/// <summary>What a resident sent is refused, naming every bad field at once (so a form can mark them all).</summary>
public sealed class InvalidInputException(IReadOnlyList<FieldError> errors)
    : PortalException($"Invalid input: {string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}"))}.")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    /// <summary>One bad field.</summary>
    public static InvalidInputException For(string field, string code, int? limit = null) => new([new FieldError(field, code, limit)]);

    /// <summary>Throws when there is anything in <paramref name="errors"/>.</summary>
    public static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
