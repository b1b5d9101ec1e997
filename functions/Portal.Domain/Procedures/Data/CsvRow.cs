namespace Portal.Domain.Procedures.Data;

/// <summary>One record of a <see cref="CsvTable"/>, with its line number for error messages.</summary>
internal sealed class CsvRow(CsvTable table, int lineNumber, IReadOnlyList<string> fields)
{
    public int LineNumber { get; } = lineNumber;

    public string this[string column] => fields[table.Column(column)].Trim();

    /// <summary>"localgovjp-utf8.csv line 12 (札幌市 中央区)": where a problem is, for the one who fixes the data.</summary>
    public string Describe(string labelColumn) => $"{table.FileName} line {LineNumber} ({this[labelColumn]})";
}
