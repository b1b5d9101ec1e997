namespace Signer.Cli.Requests;

/// <summary>The resident typed the code wrong as many times as the signer asks; the portal counted each.</summary>
public sealed class WrongCodeException() : Exception("The code was typed wrong too often.");
