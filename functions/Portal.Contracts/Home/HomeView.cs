namespace Portal.Contracts.Home;

/// <summary>GET /api/me/home: ホーム in one answer.</summary>
/// <param name="Todo">やること, most urgent kind first.</param>
/// <param name="Notices">Null when the notices could not be read in time (then "notices" is in <paramref name="Unavailable"/>).</param>
/// <param name="Applications">申請中; null when unavailable.</param>
/// <param name="ActingFor">代理で操作できる人; null when unavailable.</param>
/// <param name="Unavailable">The parts left out: drafts, applications, notices, publicFundsAccount, certificate, proxies.</param>
public sealed record HomeView(
    IReadOnlyList<HomeTodoView> Todo,
    HomeNoticesView? Notices,
    IReadOnlyList<HomeApplicationView>? Applications,
    IReadOnlyList<HomeActingForView>? ActingFor,
    IReadOnlyList<string> Unavailable);
