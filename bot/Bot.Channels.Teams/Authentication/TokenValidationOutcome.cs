namespace Bot.Channels.Teams.Authentication;

/// <summary>The result of checking an inbound token: accepted, or refused with a reason.</summary>
public sealed record TokenValidationOutcome(TokenRefusal? Refusal)
{
    public static readonly TokenValidationOutcome Accepted = new((TokenRefusal?)null);

    public bool IsAccepted => Refusal is null;

    public static TokenValidationOutcome Refused(TokenRefusal reason) => new(reason);
}
