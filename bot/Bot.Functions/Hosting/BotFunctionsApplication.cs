using Bot.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace Bot.Functions.Hosting;

/// <summary>The Functions host's composition of the bot, in one place so a test can build exactly what Program.cs runs.</summary>
public static class BotFunctionsApplication
{
    public static FunctionsApplicationBuilder ConfigureBot(this FunctionsApplicationBuilder builder)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<BotHttpEdgeWorkerMiddleware>();
        builder.Services.AddBot(builder.Configuration);
        builder.Services.AddBotTelemetry();
        return builder;
    }
}
