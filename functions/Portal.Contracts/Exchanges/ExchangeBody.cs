namespace Portal.Contracts.Exchanges;

/// <summary>A body on one side of an exchange: its code (a local government code, national-{id}, insurer-{number}) and name.</summary>
public sealed record ExchangeBody(string Body, string Name);
