using System.Text.Json;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Status;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Applications;

public sealed class ApplicationTests
{
    private static readonly Application Arrived = ApplicationSamples.New(ReceiptNumber.Create(new DateOnly(2026, 11, 27), 1));
    private static readonly DateTimeOffset At = ApplicationSamples.ReceivedAt;

    [Fact]
    public void EachStatusChangeIsKeptWithWhoWhenAndWhy()
    {
        var reviewed = Arrived
            .WithStatus(ApplicationStatus.Accepted, StatusActor.Agency, At.AddHours(1))
            .WithStatus(ApplicationStatus.UnderReview, StatusActor.Agency, At.AddHours(2))
            .WithStatus(ApplicationStatus.CorrectionRequested, StatusActor.Agency, At.AddHours(3), "続柄の記入がありません");

        Assert.Equal(ApplicationStatus.CorrectionRequested, reviewed.Status);
        Assert.Equal(
            [
                new StatusChange(ApplicationStatus.Arrived, ApplicationStatus.Accepted, At.AddHours(1), StatusActor.Agency, null),
                new StatusChange(ApplicationStatus.Accepted, ApplicationStatus.UnderReview, At.AddHours(2), StatusActor.Agency, null),
                new StatusChange(ApplicationStatus.UnderReview, ApplicationStatus.CorrectionRequested, At.AddHours(3), StatusActor.Agency, "続柄の記入がありません"),
            ],
            reviewed.History);
        Assert.Empty(Arrived.History);
    }

    [Fact]
    public void ACorrectionIsAppendedAsTheNextRevisionAndTheApplicationIsReviewedAgain()
    {
        var requested = Arrived
            .WithStatus(ApplicationStatus.Accepted, StatusActor.Agency, At)
            .WithStatus(ApplicationStatus.UnderReview, StatusActor.Agency, At)
            .WithStatus(ApplicationStatus.CorrectionRequested, StatusActor.Agency, At);
        var corrected = ApplicationSamples.Revision("{\"name\":\"山田 花子\",\"children\":2,\"relation\":\"子\"}");

        var answered = requested.WithCorrection(corrected, At.AddDays(1));

        Assert.Equal(ApplicationStatus.UnderReview, answered.Status);
        Assert.Equal([1, 2], answered.Revisions.Select(r => r.Number));
        Assert.Same(Arrived.Revisions[0], answered.Revisions[0]);
        Assert.Equal(corrected.DocumentSha256, answered.Current.DocumentSha256);
        Assert.Equal(StatusActor.Resident, answered.History[^1].Actor);
    }

    [Fact]
    public void ACorrectionWithoutARequestIsRefused()
    {
        var refused = Assert.Throws<StatusTransitionRefusedException>(() => Arrived.WithCorrection(ApplicationSamples.Revision(), At));

        Assert.Equal((ApplicationStatus.Arrived, ApplicationStatus.UnderReview), (refused.From, refused.To));
    }

    [Fact]
    public void ARefusedChangeLeavesTheApplicationAsItWas()
    {
        Assert.Throws<StatusTransitionRefusedException>(() => Arrived.WithStatus(ApplicationStatus.Completed, StatusActor.Agency, At));
        Assert.Equal(ApplicationStatus.Arrived, Arrived.Status);
    }

    [Fact]
    public void TheDocumentIsStoredUnderTheReceivingBodyWithStatusesAsNames()
    {
        var withdrawn = Arrived.WithStatus(ApplicationStatus.Withdrawn, StatusActor.Resident, At);

        var json = JsonSerializer.Serialize(withdrawn, CosmosClientFactory.DocumentJson);

        Assert.Equal("131016", withdrawn.PartitionKey);
        Assert.Contains("\"status\":\"Withdrawn\"", json, StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"Resident\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"application\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("partitionKey", json, StringComparison.Ordinal);
        Assert.DoesNotContain("current", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<Application>(json, CosmosClientFactory.DocumentJson)!;
        Assert.Equal(withdrawn.History, read.History);
        Assert.Equal(withdrawn.Current.DocumentSha256, read.Current.DocumentSha256);
    }
}
