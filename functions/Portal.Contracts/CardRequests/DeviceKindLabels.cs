namespace Portal.Contracts.CardRequests;

/// <summary>
/// How a device kind is named to a resident. One wording for the signer, the chat and the device page, so the
/// words a resident sees where a login was started are the words the signer shows.
/// </summary>
public static class DeviceKindLabels
{
    public static string Of(string? kind) => kind switch
    {
        DeviceKinds.Line => "LINE のチャット",
        DeviceKinds.Teams => "Teams",
        DeviceKinds.WebChat => "Web チャット",
        _ => "その他の端末",
    };
}
