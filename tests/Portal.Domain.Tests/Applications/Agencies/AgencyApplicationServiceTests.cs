using System.Security.Cryptography;
using Portal.Contracts.Errors;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Status;
using Portal.Domain.Identity.Clients;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Domain.Residents;
using Portal.Domain.Tests.Applications.Residents;

namespace Portal.Domain.Tests.Applications.Agencies;

public sealed class AgencyApplicationServiceTests(ApplicationStatusFixture fixture) : IClassFixture<ApplicationStatusFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A body of its own per test, so lists see only what the test stored (codes need not be real here).</summary>
    private static AgencyContext NewAgency(out string body)
    {
        body = $"9{Random.Shared.Next(0, 99999):D5}-{Guid.NewGuid():N}";
        return new AgencyContext("agency-" + body, new AgencyBinding(body, null), []);
    }

    private static readonly AgencyContext Chiyoda = new("chiyoda", new AgencyBinding(ApplicationStatusFixture.Chiyoda, null), []);

    [Fact]
    public async Task TheListIsTheBodysOwnOldestFirstFilteredByStatusAndJapaneseDaysPageByPage()
    {
        var agency = NewAgency(out var body);
        var resident = ApplicationStatusFixture.NewResident();
        // 2026-11-01 00:30 and 23:30 in Japan are both that day; 2026-10-31 23:59 is not.
        var before = await fixture.StoreAsync(resident, body, submittedAt: new DateTimeOffset(2026, 10, 31, 14, 59, 0, TimeSpan.Zero));
        var early = await fixture.StoreAsync(resident, body, submittedAt: new DateTimeOffset(2026, 10, 31, 15, 30, 0, TimeSpan.Zero));
        var late = await fixture.StoreAsync(resident, body, submittedAt: new DateTimeOffset(2026, 11, 1, 14, 30, 0, TimeSpan.Zero));
        var next = await fixture.StoreAsync(resident, body, submittedAt: new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));
        var reviewed = await fixture.StoreAsync(resident, body, ApplicationStatus.UnderReview, new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero));
        await fixture.StoreAsync(resident, ApplicationStatusFixture.Chuo, submittedAt: new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero));

        var all = await fixture.Agencies.ListAsync(agency, null, null, null, null, null, None);
        var first = await fixture.Agencies.ListAsync(agency, "arrived", "2026-11-01", "2026-11-01", "1", null, None);
        var second = await fixture.Agencies.ListAsync(agency, "arrived", "2026-11-01", "2026-11-01", "1", first.ContinuationToken, None);
        var underReview = await fixture.Agencies.ListAsync(agency, "under-review", null, null, null, null, None);

        Assert.Equal([before.Id, early.Id, reviewed.Id, late.Id, next.Id], all.Items.Select(a => a.Id));
        Assert.Equal([early.Id], first.Items.Select(a => a.Id));
        Assert.Equal([late.Id], second.Items.Select(a => a.Id));
        if (second.ContinuationToken is { } more)
        {
            Assert.Empty((await fixture.Agencies.ListAsync(agency, "arrived", "2026-11-01", "2026-11-01", "1", more, None)).Items);
        }
        Assert.Equal([reviewed.Id], underReview.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task EveryBadListParameterIsNamedTogether()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => fixture.Agencies.ListAsync(
            Chiyoda, "pending", "2026/11/01", "yesterday", "500", "%%%", None));

        Assert.Equal(["status", "from", "to", "limit", "continuation"], refused.Errors.Select(e => e.Field));
        Assert.Equal(FieldErrorCodes.UnknownStatus, refused.Errors[0].Code);
    }

    [Fact]
    public async Task AFromAfterToIsARangeError()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(
            () => fixture.Agencies.ListAsync(Chiyoda, null, "2026-11-30", "2026-11-01", null, null, None));

        Assert.Equal(FieldErrorCodes.InvalidRange, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task AnotherBodysApplicationIsNotFoundByAnyOperationAndStaysUnchanged()
    {
        var chuos = await fixture.StoreAsync(ApplicationStatusFixture.NewResident(), ApplicationStatusFixture.Chuo);

        await Assert.ThrowsAsync<ApplicationNotFoundException>(() => fixture.Agencies.GetAsync(Chiyoda, chuos.Id, None));
        await Assert.ThrowsAsync<ApplicationNotFoundException>(() => fixture.Agencies.OpenAttachmentAsync(Chiyoda, chuos.Id, 1, 1, None));
        await Assert.ThrowsAsync<ApplicationNotFoundException>(
            () => fixture.Agencies.ChangeStatusAsync(Chiyoda, chuos.Id, "accepted", null, null, None));

        var unchanged = await fixture.ReadAsync(chuos);
        Assert.Equal(ApplicationStatus.Arrived, unchanged.Status);
        Assert.Empty(unchanged.History);
    }

    [Theory]
    [InlineData("correction-requested")]
    [InlineData("rejected")]
    public async Task ACorrectionRequestOrARejectionNeedsACommentForTheResident(string status)
    {
        var application = await fixture.StoreAsync(ApplicationStatusFixture.NewResident(), status: ApplicationStatus.UnderReview);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(
            () => fixture.Agencies.ChangeStatusAsync(Chiyoda, application.Id, status, "  ", null, None));

        Assert.Equal(new FieldError("comment", FieldErrorCodes.Required), Assert.Single(refused.Errors));
        Assert.Equal(ApplicationStatus.UnderReview, (await fixture.ReadAsync(application)).Status);
    }

    [Fact]
    public async Task ACommentWithAnIndividualNumberIsRefusedByEitherSide()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident, status: ApplicationStatus.UnderReview);
        const string Comment = "個人番号 1234 5678 9018 を確認しました";

        await Assert.ThrowsAsync<IndividualNumberRefusedException>(
            () => fixture.Agencies.ChangeStatusAsync(Chiyoda, application.Id, "rejected", Comment, null, None));
        await Assert.ThrowsAsync<IndividualNumberRefusedException>(
            () => fixture.Residents.WithdrawAsync(ResidentContext.Self(resident, "web"), application.Id, Comment, null, None));

        Assert.Equal(ApplicationStatus.UnderReview, (await fixture.ReadAsync(application)).Status);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("done", FieldErrorCodes.UnknownStatus)]
    [InlineData("UnderReview", FieldErrorCodes.UnknownStatus)]
    public async Task AMissingOrUnknownStatusIsRefused(string? status, string code)
    {
        var application = await fixture.StoreAsync(ApplicationStatusFixture.NewResident());

        var refused = await Assert.ThrowsAsync<InvalidInputException>(
            () => fixture.Agencies.ChangeStatusAsync(Chiyoda, application.Id, status, null, null, None));

        Assert.Equal(new FieldError("status", code), Assert.Single(refused.Errors));
    }

    [Fact]
    public async Task ATransitionOutsideTheTableIsRefused()
    {
        var application = await fixture.StoreAsync(ApplicationStatusFixture.NewResident());

        var refused = await Assert.ThrowsAsync<StatusTransitionRefusedException>(
            () => fixture.Agencies.ChangeStatusAsync(Chiyoda, application.Id, "completed", null, null, None));

        Assert.Equal((ApplicationStatus.Arrived, ApplicationStatus.Completed), (refused.From, refused.To));
        // The agency cannot withdraw for the resident either.
        await Assert.ThrowsAsync<StatusTransitionRefusedException>(
            () => fixture.Agencies.ChangeStatusAsync(Chiyoda, application.Id, "withdrawn", null, null, None));
    }

    [Fact]
    public async Task AStatusChangeKeepsTimeActorAndCommentAndShowsInTheResidentsHistory()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident, status: ApplicationStatus.UnderReview);

        var changed = await fixture.Agencies.ChangeStatusAsync(Chiyoda, application.Id, "correction-requested", "住所の番地が抜けています", null, None);

        Assert.Equal(ApplicationStatus.CorrectionRequested, changed.Document.Status);
        Assert.Equal(new StatusChange(ApplicationStatus.UnderReview, ApplicationStatus.CorrectionRequested, fixture.Clock.Now, StatusActor.Agency,
            "住所の番地が抜けています"), Assert.Single(changed.Document.History));
        var record = Assert.Single((await fixture.History.ListAsync(resident, DateTimeOffset.MinValue.AddYears(2000), fixture.Clock.Now.AddDays(1), 10, null, None)).Items);
        Assert.Equal((ApplicationOperations.AgencyStatusChange, application.Id, "chiyoda", OperationOutcome.Succeeded),
            (record.Operation, record.Target, record.ActorId, record.Outcome));
    }

    [Fact]
    public async Task AnAttachmentIsReadByRevisionAndPositionAndNothingElseIs()
    {
        var agency = NewAgency(out var body);
        var bytes = "%PDF-1.7 住民票"u8.ToArray();
        var reference = new AttachmentReference("jumin.pdf", "application/pdf", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var application = ApplicationSamples.New(fixture.NewNumber(), body) with
        {
            ResidentId = ApplicationStatusFixture.NewResident(),
            Revisions = [ApplicationSamples.Revision() with { Attachments = [reference] }],
        };
        await fixture.Repository.CreateAsync(application, None);
        await fixture.Attachments.StoreAsync(body, application.Id, 1, 1, new MemoryStream(bytes), reference.ContentType, reference.Sha256, None);

        var file = await fixture.Agencies.OpenAttachmentAsync(agency, application.Id, 1, 1, None);
        using var read = new MemoryStream();
        await using (file.Content)
        {
            await file.Content.CopyToAsync(read);
        }

        Assert.Equal(reference, file.Reference);
        Assert.Equal(bytes, read.ToArray());
        await Assert.ThrowsAsync<ApplicationAttachmentNotFoundException>(() => fixture.Agencies.OpenAttachmentAsync(agency, application.Id, 1, 2, None));
        await Assert.ThrowsAsync<ApplicationAttachmentNotFoundException>(() => fixture.Agencies.OpenAttachmentAsync(agency, application.Id, 2, 1, None));
        await Assert.ThrowsAsync<ApplicationAttachmentNotFoundException>(() => fixture.Agencies.OpenAttachmentAsync(agency, application.Id, 1, 0, None));
    }

    [Fact]
    public void ANationalAgencyReachesOnlyThePartitionOfItsOwnOfferings()
    {
        Assert.Equal("national-digital", AgencyPartition.Of(new AgencyContext("digital", new AgencyBinding(null, "digital"), [])));
        Assert.Equal("131016", AgencyPartition.Of(Chiyoda));
    }
}
