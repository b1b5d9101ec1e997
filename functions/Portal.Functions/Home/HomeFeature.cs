using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Home;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Home;

/// <summary>
/// ホーム. The resident's own view only: it mixes delegable parts with ones no proxy may see (公金受取口座, the card's
/// certificate, whom the resident acts for), so a proxy's delegated token is refused; a proxy opens the principal's
/// お知らせ, 申請 and drafts through their own operations.
/// </summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddHome(configuration)
        .AddCallers(callers => callers.Allow("GetHome", Callers.Resident()));
}
