namespace MynaCard.Apdu;

/// <summary>ISO 7816-4 §5.1: whether a command carries data (Lc) and expects data (Le).</summary>
public enum ApduCase
{
    /// <summary>No data, no response data.</summary>
    Case1 = 1,

    /// <summary>Response data expected (Le).</summary>
    Case2 = 2,

    /// <summary>Command data (Lc), no response data.</summary>
    Case3 = 3,

    /// <summary>Command data and response data.</summary>
    Case4 = 4,
}
