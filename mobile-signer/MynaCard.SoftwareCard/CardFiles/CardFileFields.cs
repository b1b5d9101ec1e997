namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>Checks of single card-file fields, each failing with the field's JSON path in the message.</summary>
internal static class CardFileFields
{
    public static byte[] Base64(string? value, string where)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new CardFileException($"{where}: missing.");
        }
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new CardFileException($"{where}: not base64.", e);
        }
    }

    public static byte[] Hex(string? value, string where, bool allowEmpty = false)
    {
        var compact = (value ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length == 0 && !allowEmpty)
        {
            throw new CardFileException($"{where}: missing.");
        }
        try
        {
            return Convert.FromHexString(compact);
        }
        catch (FormatException e)
        {
            throw new CardFileException($"{where}: not hex.", e);
        }
    }

    public static string Text(string? value, string where) =>
        string.IsNullOrEmpty(value) ? throw new CardFileException($"{where}: missing.") : value;

    public static T Required<T>(T? value, string where) where T : class =>
        value ?? throw new CardFileException($"{where}: missing.");
}
