using Bot.Functions.Hosting;
using Bot.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBot(builder.Configuration);
builder.Services.AddBotLocalHost();

var app = builder.Build();
app.UseBotLocalHost();
app.Run();
