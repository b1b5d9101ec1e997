using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>
/// One software card as a JSON file, one per (test) resident: settings, the JPKI AP's keys and certificates, the
/// 券面事項入力補助AP's basic 4 items, and each PIN as a salted hash with its retry counter. The card writes the file
/// back (atomically) whenever a counter changes, so a blocked card stays blocked across restarts.
/// </summary>
public sealed class CardFile
{
    public const string FormatName = "myna-software-card";
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        // Names and addresses stay readable in the file instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string Format { get; set; } = FormatName;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>Free text for people reading the file (who issued it, for what).</summary>
    public string? Comment { get; set; }

    public CardSettings Settings { get; set; } = new();

    public JpkiData Jpki { get; set; } = new();

    public CardInputData CardInput { get; set; } = new();

    /// <summary>Where the file was loaded from or last saved to; null for a card that lives only in memory.</summary>
    [JsonIgnore]
    public string? Path { get; private set; }

    /// <summary>Reads and validates a card file; any problem is a <see cref="CardFileException"/> naming the field.</summary>
    public static CardFile Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CardFileException($"Cannot read the card file {path}: {e.Message}", e);
        }
        var file = Parse(json);
        file.Path = System.IO.Path.GetFullPath(path);
        return file;
    }

    /// <summary>Parses and validates card-file JSON (the file is then in memory only, until <see cref="SaveAs"/>).</summary>
    public static CardFile Parse(string json)
    {
        CardFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CardFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new CardFileException($"Not a card file: {e.Message}", e);
        }
        if (file is null)
        {
            throw new CardFileException("Not a card file: the JSON is null.");
        }
        file.Validate();
        return file;
    }

    /// <summary>Throws <see cref="CardFileException"/> on the first field that a card could not be made of.</summary>
    public void Validate()
    {
        if (Format != FormatName)
        {
            throw new CardFileException($"format: \"{Format}\" is not \"{FormatName}\".");
        }
        if (Version != CurrentVersion)
        {
            throw new CardFileException($"version: {Version} is not {CurrentVersion}.");
        }
        var settings = CardFileFields.Required(Settings, "settings");
        if (CardFileFields.Hex(settings.Atr, "settings.atr").Length is < 2 or > 33)
        {
            throw new CardFileException("settings.atr: an ATR has 2 to 33 bytes.");
        }
        if (settings.BlockedPinStatus is not ("6984" or "6983"))
        {
            throw new CardFileException("settings.blockedPinStatus: \"6984\" or \"6983\".");
        }
        CardFileFields.Required(Jpki, "jpki").Validate();
        CardFileFields.Required(CardInput, "cardInput").Validate();
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Writes the file where it was loaded from or last saved to (atomically: temporary file, then rename).</summary>
    public void Save()
    {
        if (Path is null)
        {
            throw new InvalidOperationException("This card file lives in memory only: use SaveAs.");
        }
        SaveAs(Path);
    }

    /// <summary>Validates, then writes atomically to <paramref name="path"/>, readable by the owner only; it becomes <see cref="Path"/>.</summary>
    public void SaveAs(string path)
    {
        Validate();
        AtomicFile.WriteAllText(path, ToJson());
        Path = System.IO.Path.GetFullPath(path);
    }
}
