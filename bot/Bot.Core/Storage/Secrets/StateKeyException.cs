namespace Bot.Core.Storage.Secrets;

/// <summary>The state keys are missing or malformed. The message names the setting, never a key.</summary>
public sealed class StateKeyException(string message) : InvalidOperationException(message);
