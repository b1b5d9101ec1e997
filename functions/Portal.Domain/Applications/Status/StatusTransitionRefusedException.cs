using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Status;

/// <summary>A status change the transition table does not allow for that actor.</summary>
public sealed class StatusTransitionRefusedException(ApplicationStatus from, ApplicationStatus to, StatusActor actor)
    : PortalException($"The {actor} may not change an application from {from} to {to}.")
{
    public ApplicationStatus From { get; } = from;

    public ApplicationStatus To { get; } = to;

    public StatusActor Actor { get; } = actor;
}
