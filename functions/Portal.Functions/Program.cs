using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Portal.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigurePortal();
builder.Build().Run();
