using System.Text.Json.Nodes;

namespace Bot.Channels.Line.Rendering;

/// <summary>Action objects: a postback back to the bot (its data is the core's opaque action) or a URI to open.</summary>
internal static class LineActions
{
    public static JsonObject Postback(string label, string data, int labelLength)
    {
        if (data.Length > LineLimits.PostbackDataLength)
        {
            throw new ArgumentException($"A postback's data is at most {LineLimits.PostbackDataLength} characters.", nameof(data));
        }

        return new JsonObject
        {
            ["type"] = "postback",
            ["label"] = LineText.Truncate(label, labelLength),
            ["data"] = data,
            // Shown in the chat as what the resident "said", so the history reads naturally.
            ["displayText"] = LineText.Truncate(label, LineLimits.DisplayTextLength),
        };
    }

    public static JsonObject Uri(string label, Uri uri)
    {
        if (uri.Scheme is not ("https" or "http" or "line" or "tel") || uri.AbsoluteUri.Length > LineLimits.UriLength)
        {
            throw new ArgumentException("LINE opens http(s), line and tel URIs of at most 1000 characters.", nameof(uri));
        }

        return new JsonObject
        {
            ["type"] = "uri",
            ["label"] = LineText.Truncate(label, LineLimits.ButtonLabelLength),
            ["uri"] = uri.AbsoluteUri,
        };
    }
}
