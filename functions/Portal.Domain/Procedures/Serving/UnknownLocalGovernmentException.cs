using Portal.Domain.Errors;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Procedures.Serving;

/// <summary>No local government has that code (answered 404 with the close matches, so the client can offer them).</summary>
public sealed class UnknownLocalGovernmentException(string code, IReadOnlyList<LocalGovernment> closeMatches)
    : PortalException($"No local government has the code '{code}'.")
{
    public string Code { get; } = code;

    public IReadOnlyList<LocalGovernment> CloseMatches { get; } = closeMatches;
}
