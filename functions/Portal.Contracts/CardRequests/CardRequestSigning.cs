namespace Portal.Contracts.CardRequests;

/// <summary>What a signature is for, shown before the signing PIN.</summary>
/// <param name="Procedure">The procedure's name (手続名).</param>
/// <param name="ReceivingBody">Who receives the application (提出先).</param>
/// <param name="Summary">What is signed, in words.</param>
public sealed record CardRequestSigning(string Procedure, string ReceivingBody, string Summary);
