namespace Portal.Contracts.CardRequests;

/// <summary>What a signature is for, shown before the signing PIN.</summary>
/// <param name="Procedure">The procedure's name (手続名).</param>
/// <param name="ReceivingBody">Who receives the application (提出先).</param>
/// <param name="Summary">What is signed, in words.</param>
/// <param name="ConsentQuestion">A yes/no question the signer asks before the PIN (e.g. the clinic check's
/// 「薬剤情報・特定健診情報の提供に同意する」); the answer is part of what the card signs: yes signs
/// <c>consentDataToSign</c>, no (the default) signs <c>dataToSign</c>. Null: nothing to ask.</param>
public sealed record CardRequestSigning(string Procedure, string ReceivingBody, string Summary, string? ConsentQuestion = null);
