namespace Portal.Testing.OpenApi;

/// <summary>The portal answered something its OpenAPI document does not describe; the test that caused it fails.</summary>
public sealed class ContractViolationException(string message) : Exception(message);
