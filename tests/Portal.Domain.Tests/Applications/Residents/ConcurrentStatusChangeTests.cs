using Portal.Domain.Applications.Status;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.Applications.Residents;

/// <summary>
/// A resident and an agency changing one application at once, without If-Match: each change is applied to what is
/// current (re-read on a race), so none is lost — the history is one unbroken chain of exactly the accepted changes.
/// </summary>
public sealed class ConcurrentStatusChangeTests(ApplicationStatusFixture fixture) : IClassFixture<ApplicationStatusFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ConcurrentChangesNeverOverwriteOneAnother()
    {
        for (var round = 0; round < 5; round++)
        {
            var resident = ApplicationStatusFixture.NewResident();
            var application = await fixture.StoreAsync(resident, status: ApplicationStatus.Accepted);
            var agency = new AgencyContext("chiyoda", new AgencyBinding(ApplicationStatusFixture.Chiyoda, null), []);

            var attempts = new[]
            {
                Attempt(() => fixture.Agencies.ChangeStatusAsync(agency, application.Id, "under-review", null, null, None)),
                Attempt(() => fixture.Residents.WithdrawAsync(ResidentContext.Self(resident, "web"), application.Id, null, null, None)),
                Attempt(() => fixture.Agencies.ChangeStatusAsync(agency, application.Id, "rejected", "要件を満たしていません", null, None)),
            };
            var succeeded = (await Task.WhenAll(attempts)).Count(ok => ok);

            var stored = await fixture.ReadAsync(application);
            Assert.Equal(succeeded, stored.History.Count);
            Assert.True(succeeded >= 1);
            var status = ApplicationStatus.Accepted;
            foreach (var change in stored.History)
            {
                Assert.Equal(status, change.From);
                Assert.True(StatusTransitions.IsAllowed(change.From!.Value, change.To, change.Actor));
                status = change.To;
            }
            Assert.Equal(status, stored.Status);
        }
    }

    /// <summary>True when the change was made; false when the table refused it from the status it met.</summary>
    private static async Task<bool> Attempt(Func<Task> change)
    {
        await Task.Yield();
        try
        {
            await change();
            return true;
        }
        catch (StatusTransitionRefusedException)
        {
            return false;
        }
    }
}
