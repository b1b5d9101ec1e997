using DemoSite.Portal;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace DemoSite.Hosting;

/// <summary>The site's composition: its settings, the resident's cookie, the portal's sign-in, and the DPoP-bound API client.</summary>
public static class DemoSiteServiceCollectionExtensions
{
    public static IServiceCollection AddDemoSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoSiteOptions>().Bind(configuration.GetSection(DemoSiteOptions.Section))
            .Validate(o => Uri.TryCreate(o.Portal.Issuer, UriKind.Absolute, out _), "DemoSite:Portal:Issuer must be the portal's issuer URL.")
            .Validate(o => File.Exists(o.ClientKeyFile), "DemoSite:ClientKeyFile must name the site's private key (PEM).")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClientAssertions>();
        services.AddSingleton<DpopKey>();
        services.AddTransient<DpopHandler>();
        services.AddHttpClient<InformationClient>().AddHttpMessageHandler<DpopHandler>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, ConfigureOpenIdConnect>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "demo-site";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            })
            .AddOpenIdConnect();
        return services;
    }
}
