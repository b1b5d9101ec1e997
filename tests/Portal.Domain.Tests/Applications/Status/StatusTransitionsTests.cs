using Portal.Domain.Applications.Status;
using static Portal.Domain.Applications.Status.ApplicationStatus;
using static Portal.Domain.Applications.Status.StatusActor;

namespace Portal.Domain.Tests.Applications.Status;

public sealed class StatusTransitionsTests
{
    /// <summary>Written out here, independently of the production table: these and nothing else are allowed.</summary>
    private static readonly HashSet<(ApplicationStatus, ApplicationStatus, StatusActor)> Expected =
    [
        (Arrived, Accepted, Agency),
        (Arrived, Rejected, Agency),
        (Accepted, UnderReview, Agency),
        (Accepted, Rejected, Agency),
        (UnderReview, CorrectionRequested, Agency),
        (UnderReview, Completed, Agency),
        (UnderReview, Rejected, Agency),
        (CorrectionRequested, UnderReview, Resident),
        (CorrectionRequested, Rejected, Agency),
        (Arrived, Withdrawn, Resident),
        (Accepted, Withdrawn, Resident),
        (UnderReview, Withdrawn, Resident),
        (CorrectionRequested, Withdrawn, Resident),
    ];

    /// <summary>Every (from, to, actor): 7 × 7 × 2 cases.</summary>
    public static TheoryData<ApplicationStatus, ApplicationStatus, StatusActor, bool> EveryTransition()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus, StatusActor, bool>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var to in Enum.GetValues<ApplicationStatus>())
            {
                foreach (var actor in Enum.GetValues<StatusActor>())
                {
                    data.Add(from, to, actor, Expected.Contains((from, to, actor)));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransition))]
    public void OnlyTheListedTransitionsAreAllowedAndOnlyForTheirActor(ApplicationStatus from, ApplicationStatus to, StatusActor actor, bool allowed)
    {
        Assert.Equal(allowed, StatusTransitions.IsAllowed(from, to, actor));
        if (allowed)
        {
            StatusTransitions.Ensure(from, to, actor);
        }
        else
        {
            var refused = Assert.Throws<StatusTransitionRefusedException>(() => StatusTransitions.Ensure(from, to, actor));
            Assert.Equal((from, to, actor), (refused.From, refused.To, refused.Actor));
            Assert.Contains($"from {from} to {to}", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheProductionTableIsExactlyTheExpectedOne()
    {
        Assert.True(Expected.SetEquals(StatusTransitions.Allowed));
    }

    [Theory]
    [InlineData(Completed, true)]
    [InlineData(Rejected, true)]
    [InlineData(Withdrawn, true)]
    [InlineData(Arrived, false)]
    [InlineData(Accepted, false)]
    [InlineData(UnderReview, false)]
    [InlineData(CorrectionRequested, false)]
    public void CompletedRejectedAndWithdrawnAreFinal(ApplicationStatus status, bool final)
    {
        Assert.Equal(final, StatusTransitions.IsFinal(status));
    }

    [Theory]
    [InlineData(Arrived, "到達")]
    [InlineData(Accepted, "受付")]
    [InlineData(UnderReview, "審査中")]
    [InlineData(CorrectionRequested, "補正依頼")]
    [InlineData(Completed, "完了")]
    [InlineData(Rejected, "却下")]
    [InlineData(Withdrawn, "取下げ")]
    public void EveryStatusHasItsJapaneseLabel(ApplicationStatus status, string label)
    {
        Assert.Equal(label, ApplicationStatusLabels.Of(status));
    }
}
