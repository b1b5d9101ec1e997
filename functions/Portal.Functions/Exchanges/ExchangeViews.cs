using Portal.Contracts.Exchanges;
using Portal.Domain.Exchanges;

namespace Portal.Functions.Exchanges;

/// <summary>Exchange records as the resident and as an agency see them.</summary>
public static class ExchangeViews
{
    public static ExchangeEntry Resident(ExchangeRecord r) =>
        new(r.At, r.ExchangeId, r.Kind, Body(r.Requester), r.Provider is null ? null : Body(r.Provider), r.Category, r.Purpose,
            r.Target, r.Withheld, r.Outcome);

    public static AgencyExchangeEntry Agency(AgencyExchangeLogEntry e) =>
        new(e.At, e.ExchangeId, e.Side, e.ResidentRef, e.Kind, Body(e.Requester), e.Provider is null ? null : Body(e.Provider),
            e.Category, e.Purpose, e.Target, e.Withheld, e.Outcome);

    private static ExchangeBody Body(ExchangeParty party) => new(party.Body, party.Name);
}
