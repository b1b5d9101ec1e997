namespace Bot.Channels.Teams.Authentication;

/// <summary>Why an inbound Bot Connector token was refused (for logs; the caller answers 401 for all of them).</summary>
public enum TokenRefusal
{
    MissingToken,
    MalformedToken,
    WrongAlgorithm,
    UnknownKey,
    BadSignature,
    WrongIssuer,
    WrongAudience,
    Expired,
    NotYetValid,
    ServiceUrlMismatch,
    ChannelNotEndorsed,
    MetadataUnavailable,
}
