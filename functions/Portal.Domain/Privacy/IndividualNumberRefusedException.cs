using Portal.Domain.Errors;

namespace Portal.Domain.Privacy;

/// <summary>
/// A value looked like an individual number and was refused (answered 422). The message names only where it was:
/// never the digits, so neither the log nor the answer repeats them.
/// </summary>
public sealed class IndividualNumberRefusedException(string field)
    : PortalException($"A value at '{field}' looks like an individual number and was refused.")
{
    public string Field { get; } = field;
}
