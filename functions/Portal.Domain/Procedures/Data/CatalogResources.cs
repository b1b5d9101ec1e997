namespace Portal.Domain.Procedures.Data;

/// <summary>
/// The catalog's reference data, embedded in this assembly (see Data/SOURCE.md) so that the project stands on its own
/// and every process loads exactly the same list.
/// </summary>
internal static class CatalogResources
{
    public const string LocalGovernments = "localgovjp-utf8.csv";
    public const string Prefectures = "prefjp-utf8.csv";
    public const string Templates = "procedures.json";

    private const string Prefix = "Portal.Domain.Procedures.Data.";

    public static string ReadText(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static Stream Open(string fileName) =>
        typeof(CatalogResources).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The embedded resource {fileName} is missing.");
}
