using DemoSite.Hosting;
using DemoSite.Pages;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDemoSite(builder.Configuration);

var app = builder.Build();
app.UseMiddleware<SecurityHeaders>();
app.UseAuthentication();
app.MapDemoSite();
app.Run();
