namespace DemoSite.Residents;

/// <summary>OIDC's gender values in the words of the card (性別).</summary>
public static class GenderLabels
{
    public static string Of(string gender) => gender switch
    {
        "male" => "男性",
        "female" => "女性",
        "not applicable" => "適用不能",
        _ => gender,
    };
}
