namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>A card file that is missing, unreadable, not JSON or not a valid card; the message names the field.</summary>
public sealed class CardFileException(string message, Exception? inner = null) : Exception(message, inner);
