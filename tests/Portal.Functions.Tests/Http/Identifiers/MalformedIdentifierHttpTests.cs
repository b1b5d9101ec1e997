using System.Net;

namespace Portal.Functions.Tests.Http.Identifiers;

/// <summary>
/// Ids from requests are checked before they reach storage: every operation, with each of its route values replaced by
/// a hostile one (path-like, JSON-like, invalid UTF-8, NUL, injection, huge), answers a 4xx problem+json — the same as
/// an unknown id — and never a 500 or a read of something else. The portal's test host also checks each answer is a
/// status the operation documents.
/// </summary>
public sealed class MalformedIdentifierHttpTests(TokenIssuingPortal portal) : IClassFixture<TokenIssuingPortal>
{
    /// <summary>As they stand in the path, percent-encoded where a client would have to (NUL is refused by the test
    /// client itself; RouteValueFormatsTests holds the formats to it).</summary>
    public static TheoryData<string> Hostile => new()
    {
        "a%2Fb",
        "..%2F..%2Fetc",
        "%2E%2E",
        "%7B%22id%22%3A%22x%22%7D",
        "%FF%FE%FD",
        "%C3%28",
        "%27%20OR%201%3D1%20--",
        "%3Cscript%3E",
        new string('a', 400),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_route_value_is_a_4xx_problem_on_every_operation(string value)
    {
        var wrong = new List<string>();
        foreach (var (name, method, route) in HttpOperations.Calls().Where(c => c.Route.Contains('{')))
        {
            var path = "/api/" + HttpOperations.Fill(route, _ => value);
            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            };
            var response = await portal.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{method} {path[..Math.Min(path.Length, 120)]} ({name}) → {status} {response.Content.Headers.ContentType}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
