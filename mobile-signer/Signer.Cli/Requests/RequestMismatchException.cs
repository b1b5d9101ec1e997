namespace Signer.Cli.Requests;

/// <summary>What the portal handed over does not match the link the resident opened: nothing is signed.</summary>
public sealed class RequestMismatchException(string what) : Exception($"The request does not match its link: {what}.");
