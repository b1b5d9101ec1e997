namespace Portal.Domain.Applications.Status;

/// <summary>
/// The only status changes there are, each with the one actor who may make it; everything else is refused.
/// The agency moves an application forward; the resident only answers a correction request (back to review) and may
/// withdraw it until a final decision.
/// </summary>
public static class StatusTransitions
{
    public static readonly IReadOnlySet<(ApplicationStatus From, ApplicationStatus To, StatusActor Actor)> Allowed =
        new HashSet<(ApplicationStatus, ApplicationStatus, StatusActor)>
        {
            (ApplicationStatus.Arrived, ApplicationStatus.Accepted, StatusActor.Agency),
            // 不受理 at arrival: not a valid application for this body (wrong form, not their procedure).
            (ApplicationStatus.Arrived, ApplicationStatus.Rejected, StatusActor.Agency),
            (ApplicationStatus.Accepted, ApplicationStatus.UnderReview, StatusActor.Agency),
            (ApplicationStatus.Accepted, ApplicationStatus.Rejected, StatusActor.Agency),
            (ApplicationStatus.UnderReview, ApplicationStatus.CorrectionRequested, StatusActor.Agency),
            (ApplicationStatus.UnderReview, ApplicationStatus.Completed, StatusActor.Agency),
            (ApplicationStatus.UnderReview, ApplicationStatus.Rejected, StatusActor.Agency),
            // The resident answers with a corrected revision, which puts it back under review.
            (ApplicationStatus.CorrectionRequested, ApplicationStatus.UnderReview, StatusActor.Resident),
            // No answer in time.
            (ApplicationStatus.CorrectionRequested, ApplicationStatus.Rejected, StatusActor.Agency),
            (ApplicationStatus.Arrived, ApplicationStatus.Withdrawn, StatusActor.Resident),
            (ApplicationStatus.Accepted, ApplicationStatus.Withdrawn, StatusActor.Resident),
            (ApplicationStatus.UnderReview, ApplicationStatus.Withdrawn, StatusActor.Resident),
            (ApplicationStatus.CorrectionRequested, ApplicationStatus.Withdrawn, StatusActor.Resident),
        };

    public static bool IsAllowed(ApplicationStatus from, ApplicationStatus to, StatusActor actor) =>
        Allowed.Contains((from, to, actor));

    /// <summary>Completed, Rejected and Withdrawn: nothing leaves them.</summary>
    public static bool IsFinal(ApplicationStatus status) => !Allowed.Any(t => t.From == status);

    /// <exception cref="StatusTransitionRefusedException">Not in <see cref="Allowed"/>.</exception>
    public static void Ensure(ApplicationStatus from, ApplicationStatus to, StatusActor actor)
    {
        if (!IsAllowed(from, to, actor))
        {
            throw new StatusTransitionRefusedException(from, to, actor);
        }
    }
}
