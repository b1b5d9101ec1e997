using Microsoft.Extensions.Options;

namespace Bot.Core.Storage.Secrets;

/// <summary>Refuses to start a host without a usable key ring (with ValidateOnStart), rather than store in clear.</summary>
public sealed class StateKeyOptionsValidator : IValidateOptions<StateKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, StateKeyOptions options)
    {
        try
        {
            StateKeyRing.From(options);
            return ValidateOptionsResult.Success;
        }
        catch (StateKeyException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
