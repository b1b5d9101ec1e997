using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Portal.Functions.Hosting;
using Portal.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpEdgeWorkerMiddleware>();
builder.Services.AddPortal(builder.Configuration);
builder.Build().Run();
