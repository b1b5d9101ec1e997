using System.Net;
using System.Net.Http.Headers;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Tests.Http.Authentication;

/// <summary>
/// Every operation refuses, before it reads anything, each kind of caller it does not declare: a resident's token on
/// every agency operation, an agency's token on every resident operation, and no token on any of them.
/// </summary>
public sealed class CallerIsolationHttpTests(TokenIssuingPortal portal) : IClassFixture<TokenIssuingPortal>
{
    public static TheoryData<string> Kinds => new() { "none", nameof(CallerKind.Resident), nameof(CallerKind.Agency) };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_caller_is_refused_by_every_operation_that_does_not_declare_its_kind(string kind)
    {
        var token = kind switch
        {
            nameof(CallerKind.Resident) => await portal.ResidentTokenAsync(AccountService.NewAccountId(), "chatbot",
                PortalScopes.OpenId, PortalScopes.Portal, PortalScopes.Registration),
            nameof(CallerKind.Agency) => await portal.TokenAsync(new AccessTokenClaims("chiyoda", "chiyoda",
                [PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications], new AgencyBinding("131016", null))),
            _ => null,
        };
        var refused = new List<string>();
        var answered = new List<string>();
        foreach (var (name, method, route) in HttpOperations.Calls())
        {
            var rules = PortalServices.Callers.Value.All[name];
            // Open operations take anyone; the signer's and the OAuth clients' authenticate otherwise than by bearer token.
            if (rules.Any(r => r.Kind is CallerKind.Anyone or CallerKind.Signer or CallerKind.OAuthClient)
                || rules.Any(r => r.Kind.ToString() == kind))
            {
                continue;
            }
            // Each route value the example of its declared format: well-formed, so the call gets past the edge's
            // identifier check to the authentication this test is about.
            var path = HttpOperations.Fill(route, parameter => Uri.EscapeDataString(PortalServices.RouteValues.Value.All[name][parameter].Example));
            using var request = new HttpRequestMessage(new HttpMethod(method), "/api/" + path)
            {
                // A body that would be accepted if read: the refusal must come before it is.
                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            var response = await portal.Client.SendAsync(request);
            var line = $"{method} /api/{path} ({name}) → {(int)response.StatusCode}";
            (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                && response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? refused : answered).Add(line);
        }

        Assert.True(answered.Count == 0, string.Join(Environment.NewLine, answered));
        Assert.NotEmpty(refused);
    }
}
