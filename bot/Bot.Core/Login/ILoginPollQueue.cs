namespace Bot.Core.Login;

/// <summary>Where login polls wait their interval (a storage queue read by the bot's queue trigger).</summary>
public interface ILoginPollQueue
{
    /// <summary>The app setting naming the queue; the trigger reads the same one.</summary>
    public const string QueueSetting = "BotLoginQueue";

    public const string DefaultQueue = "bot-login-polls";

    Task EnqueueAsync(LoginPoll poll, TimeSpan delay, CancellationToken cancellationToken);
}
