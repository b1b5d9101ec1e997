using Portal.Domain.Applications.Agencies;
using Portal.Domain.Histories;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Exchanges;

/// <summary>
/// Puts an exchange on the outbox before the agency gets the data: a read whose record could not be queued fails,
/// so no agency read goes unrecorded. The agency is named as its body and its registered name.
/// </summary>
public sealed class ExchangeRecorder(ExchangeOutbox outbox, ClientRegistry clients, ResidentRefIndex refs, TimeProvider clock)
{
    /// <summary>An agency read something of the resident's that the portal holds (no other body provided it).</summary>
    /// <exception cref="InvalidAccessTokenException">The agency's client is no longer registered.</exception>
    public async Task RecordReadAsync(AgencyContext agency, string residentId, string kind, string target, CancellationToken cancellationToken)
    {
        var requester = await PartyAsync(agency, cancellationToken);
        var requesterRef = await refs.GiveOutAsync(requester.Body, residentId, cancellationToken);
        await RecordAsync(new ExchangeSides(residentId, requester, requesterRef, null, null), kind, null, null, target, false,
            ExchangeOutcomes.Provided, cancellationToken);
    }

    /// <summary>Queues one exchange between the sides; its id and time are given here.</summary>
    public Task RecordAsync(ExchangeSides sides, string kind, string? category, string? purpose, string? target, bool withheld,
        string outcome, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new ExchangeEvent(NewId(), sides.ResidentId, clock.GetUtcNow(), kind, sides.Requester, sides.RequesterRef,
            sides.Provider, sides.ProviderRef, category, purpose, target, withheld, outcome), cancellationToken);

    /// <summary>The agency as one side of an exchange: the body its token is bound to and the name it registered with.</summary>
    public async Task<ExchangeParty> PartyAsync(AgencyContext agency, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(agency.ClientId, cancellationToken)
            ?? throw new InvalidAccessTokenException("the client is no longer registered");
        return new ExchangeParty(AgencyPartition.Of(agency), client.Name);
    }

    /// <summary>Time-led, so every log keyed by it lists in time order; random after, so two in one tick differ.</summary>
    private string NewId() => $"{HistoryQueryText.TimeKey(clock.GetUtcNow())}-{Guid.NewGuid():N}";
}
