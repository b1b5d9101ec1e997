using LocalFunctions.Hosting;
using Portal.Functions.Hosting;
using Portal.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPortal(builder.Configuration);
builder.Services.AddPortalLocalHost();

var app = builder.Build();
app.UseLocalFunctionHost();
app.Run();
