using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Notices.Preferences;
using Portal.Domain.Notices.Preferences;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Notices.Preferences;

/// <summary>通知設定: channels per category, interests, quiet hours. If-Match is optional, as for the other settings.</summary>
public sealed class NotificationPreferencesFunctions(
    ResidentAuthenticator authenticator, JsonBodyReader json, NotificationPreferencesService preferences)
{
    [Function("GetNotificationPreferences")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/notification-preferences")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var (found, etag) = await preferences.GetAsync(resident, cancellationToken);
        return Answer(request, found, etag);
    }

    [Function("PutNotificationPreferences")]
    public async Task<IResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me/notification-preferences")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<NotificationPreferencesUpdate>(request, cancellationToken);
        var stored = await preferences.SaveAsync(resident, NotificationPreferencesViews.Input(body), EntityTags.IfMatch(request), cancellationToken);
        return Answer(request, stored.Document, stored.ETag);
    }

    private static IResult Answer(HttpRequest request, NotificationPreferences found, string? etag)
    {
        var headers = request.HttpContext.Response.Headers;
        headers[HeaderNames.CacheControl] = "no-store";
        if (etag is not null)
        {
            headers.ETag = EntityTags.Strong(etag);
        }
        return TypedResults.Ok(NotificationPreferencesViews.View(found));
    }
}
