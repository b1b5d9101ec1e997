using Portal.Contracts.CardRequests;

namespace Portal.Contracts.Sessions;

/// <summary>
/// A device kind in the words a resident reads (the chat's session list, the new-login notice and e-mail), shared so
/// every place names a login's device the same way.
/// </summary>
public static class DeviceKindNames
{
    public static string Of(string? kind) => kind switch
    {
        DeviceKinds.Line => "LINE のチャット",
        DeviceKinds.Teams => "Teams",
        DeviceKinds.WebChat => "Web チャット",
        _ => "その他の端末",
    };
}
