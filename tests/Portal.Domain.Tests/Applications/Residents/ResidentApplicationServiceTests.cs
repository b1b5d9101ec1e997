using Portal.Domain.Applications;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Status;
using Portal.Domain.Errors;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.Applications.Residents;

public sealed class ResidentApplicationServiceTests(ApplicationStatusFixture fixture) : IClassFixture<ApplicationStatusFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Day = ApplicationSamples.ReceivedAt;

    private static ResidentContext Resident(string id) => ResidentContext.Self(id, "web");

    [Fact]
    public async Task TheListHasOnlyTheResidentsOwnApplicationsFromEveryBodyNewestFirstPageByPage()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var oldest = await fixture.StoreAsync(resident, ApplicationStatusFixture.Chiyoda, submittedAt: Day);
        var middle = await fixture.StoreAsync(resident, ApplicationStatusFixture.Chuo, submittedAt: Day.AddHours(1));
        var newest = await fixture.StoreAsync(resident, ApplicationStatusFixture.Chiyoda, submittedAt: Day.AddHours(2));
        await fixture.StoreAsync(ApplicationStatusFixture.NewResident(), ApplicationStatusFixture.Chiyoda, submittedAt: Day.AddHours(3));

        var first = await fixture.Residents.ListAsync(Resident(resident), "2", null, None);
        var second = await fixture.Residents.ListAsync(Resident(resident), "2", first.ContinuationToken, None);

        Assert.Equal([newest.Id, middle.Id], first.Items.Select(a => a.Id));
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal([oldest.Id], second.Items.Select(a => a.Id));
        Assert.Null(second.ContinuationToken);
    }

    [Theory]
    [InlineData("0", null, "limit")]
    [InlineData("101", null, "limit")]
    [InlineData("ten", null, "limit")]
    [InlineData(null, "not base64url!", "continuation")]
    public async Task BadPagingIsRefusedNamingTheParameter(string? limit, string? continuation, string field)
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(
            () => fixture.Residents.ListAsync(Resident(ApplicationStatusFixture.NewResident()), limit, continuation, None));

        Assert.Equal(field, Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task AResidentFindsTheirApplicationByReceiptNumberAloneAndAnotherResidentDoesNot()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident, ApplicationStatusFixture.Chuo);

        var found = await fixture.Residents.GetAsync(Resident(resident), application.Id, None);

        Assert.Equal(ApplicationStatusFixture.Chuo, found.Document.LocalGovernmentCode);
        await Assert.ThrowsAsync<ApplicationNotFoundException>(
            () => fixture.Residents.GetAsync(Resident(ApplicationStatusFixture.NewResident()), application.Id, None));
        await Assert.ThrowsAsync<ApplicationNotFoundException>(
            () => fixture.Residents.GetAsync(Resident(resident), fixture.NewNumber().ToString(), None));
    }

    [Fact]
    public async Task AReceiptNumberTypedWithoutHyphensOrInFullWidthFindsTheApplicationAndNonsenseFindsNothing()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident);
        var digits = application.Id.Replace("-", "", StringComparison.Ordinal);
        var fullWidth = string.Concat(application.Id.Select(c => c == '-' ? 'ー' : (char)(c - '0' + '０')));

        Assert.Equal(application.Id, (await fixture.Residents.GetAsync(Resident(resident), digits, None)).Document.Id);
        Assert.Equal(application.Id, (await fixture.Residents.GetAsync(Resident(resident), fullWidth, None)).Document.Id);
        await Assert.ThrowsAsync<ApplicationNotFoundException>(() => fixture.Residents.GetAsync(Resident(resident), "' OR 1=1 --", None));
    }

    [Theory]
    [InlineData(ApplicationStatus.Arrived, true)]
    [InlineData(ApplicationStatus.Accepted, true)]
    [InlineData(ApplicationStatus.UnderReview, true)]
    [InlineData(ApplicationStatus.CorrectionRequested, true)]
    [InlineData(ApplicationStatus.Completed, false)]
    [InlineData(ApplicationStatus.Rejected, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    public async Task AResidentMayWithdrawOnlyUntilTheAgencysFinalDecision(ApplicationStatus from, bool allowed)
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident, status: from);

        if (allowed)
        {
            var withdrawn = await fixture.Residents.WithdrawAsync(Resident(resident), application.Id, " 転居が取りやめになったため ", null, None);

            Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Document.Status);
            Assert.Equal(new StatusChange(from, ApplicationStatus.Withdrawn, fixture.Clock.Now, StatusActor.Resident, "転居が取りやめになったため"),
                Assert.Single(withdrawn.Document.History));
        }
        else
        {
            await Assert.ThrowsAsync<StatusTransitionRefusedException>(
                () => fixture.Residents.WithdrawAsync(Resident(resident), application.Id, null, null, None));
            Assert.Equal(from, (await fixture.ReadAsync(application)).Status);
        }
        var record = Assert.Single((await fixture.History.ListAsync(resident, Day.AddYears(-1), Day.AddYears(1), 10, null, None)).Items);
        Assert.Equal(ApplicationOperations.Withdraw, record.Operation);
        Assert.Equal(allowed ? OperationOutcome.Succeeded : OperationOutcome.Refused, record.Outcome);
    }

    [Fact]
    public async Task AnotherResidentCannotWithdrawAnApplication()
    {
        var application = await fixture.StoreAsync(ApplicationStatusFixture.NewResident());

        await Assert.ThrowsAsync<ApplicationNotFoundException>(
            () => fixture.Residents.WithdrawAsync(Resident(ApplicationStatusFixture.NewResident()), application.Id, null, null, None));

        Assert.Equal(ApplicationStatus.Arrived, (await fixture.ReadAsync(application)).Status);
    }

    [Fact]
    public async Task AStaleIfMatchIsAConflictAndChangesNothing()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident);
        var read = await fixture.Residents.GetAsync(Resident(resident), application.Id, None);
        var agency = new Portal.Domain.Identity.Clients.AgencyContext("chiyoda", new(ApplicationStatusFixture.Chiyoda, null), []);
        await fixture.Agencies.ChangeStatusAsync(agency, application.Id, "accepted", null, null, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => fixture.Residents.WithdrawAsync(Resident(resident), application.Id, null, read.ETag, None));

        Assert.Equal(ApplicationStatus.Accepted, (await fixture.ReadAsync(application)).Status);
    }

    [Fact]
    public async Task AWithdrawalAtTheCurrentETagSucceeds()
    {
        var resident = ApplicationStatusFixture.NewResident();
        var application = await fixture.StoreAsync(resident);
        var read = await fixture.Residents.GetAsync(Resident(resident), application.Id, None);

        var withdrawn = await fixture.Residents.WithdrawAsync(Resident(resident), application.Id, null, $"\"{read.ETag.Trim('"')}\"", None);

        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Document.Status);
    }
}
