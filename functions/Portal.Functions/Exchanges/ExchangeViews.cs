using Portal.Contracts.Exchanges;
using Portal.Domain.Exchanges;
using Portal.Domain.Exchanges.Purposes;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.PublicFundsAccounts.Payments;

namespace Portal.Functions.Exchanges;

/// <summary>Exchange records as the resident and as an agency see them.</summary>
public static class ExchangeViews
{
    /// <summary>A line as the resident reads it: the category's and the task's names beside their codes (a payment's from the payment-purposes table).</summary>
    public static ExchangeEntry Resident(ExchangeRecord r, InformationCatalogue catalogue, ExchangePurposeTable purposes) =>
        new(r.At, r.ExchangeId, r.Kind, Body(r.Requester), r.Provider is null ? null : Body(r.Provider), r.Category, r.Purpose,
            r.Target, r.Withheld, r.Outcome, r.Category is null ? null : catalogue.Find(r.Category)?.Name, r.Kind == ExchangeKinds.PaymentAccountRead ? PaymentPurposeTable.Embedded.NameOf(r.Purpose) : purposes.NameOf(r.Purpose));

    public static AgencyExchangeEntry Agency(AgencyExchangeLogEntry e) =>
        new(e.At, e.ExchangeId, e.Side, e.ResidentRef, e.Kind, Body(e.Requester), e.Provider is null ? null : Body(e.Provider),
            e.Category, e.Purpose, e.Target, e.Withheld, e.Outcome);

    public static AgencyExchangeResponse Answer(ExchangeAnswer answer) =>
        new(answer.Purpose.Category, answer.Purpose.Purpose, answer.Purpose.Name, answer.AsOf,
            [.. answer.Providers.Select(p => new ExchangeProvider(Body(p.Provider),
                [.. p.Records.Select(r => new ExchangedRecord(r.RecordId, r.ValidFrom, r.ValidTo, r.Withheld, r.Withheld ? null : r.Data, r.RecordedAt))]))]);

    private static ExchangeBody Body(ExchangeParty party) => new(party.Body, party.Name);
}
