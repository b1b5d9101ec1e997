namespace Bot.LocalHost;

/// <summary>Names this assembly for <c>WebApplicationFactory</c>; top-level <c>Program</c> clashes with the Functions app's.</summary>
public sealed class BotLocalHostMarker;
