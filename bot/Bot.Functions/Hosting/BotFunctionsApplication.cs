using Functions.Http.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

namespace Bot.Functions.Hosting;

/// <summary>The Functions host's composition of the bot, in one place so a test can build exactly what Program.cs runs.</summary>
public static class BotFunctionsApplication
{
    public static FunctionsApplicationBuilder ConfigureBot(this FunctionsApplicationBuilder builder) =>
        builder.ConfigureHttpFunctions((services, configuration) => services.AddBot(configuration));
}
