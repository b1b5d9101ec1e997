namespace Portal.Domain.Exchanges;

/// <summary>
/// A body on one side of an exchange: its partition key in <c>applications</c> (a local government code,
/// national-{id}, insurer-{number}) and its name as registered.
/// </summary>
public sealed record ExchangeParty(string Body, string Name);
