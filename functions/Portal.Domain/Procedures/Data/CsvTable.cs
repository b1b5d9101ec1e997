using System.Text;

namespace Portal.Domain.Procedures.Data;

/// <summary>
/// A small RFC 4180 reader for the catalog's CSV files: a header row, then records; fields may be quoted (with "" for
/// a quote inside). Enough for the reference data, not a general parser (no multi-line fields).
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string fileName, Dictionary<string, int> columns, IReadOnlyList<CsvRow> rows)
    {
        FileName = fileName;
        _columns = columns;
        Rows = rows;
    }

    public string FileName { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Parse(string fileName, string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = SplitLine(lines[0], fileName, 1);
        var columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        var table = new List<CsvRow>();
        var result = new CsvTable(fileName, columns, table);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var fields = SplitLine(lines[i], fileName, i + 1);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{fileName} line {i + 1}: {fields.Count} fields, the header has {header.Count}.");
            }
            table.Add(new CsvRow(result, i + 1, fields));
        }
        return result;
    }

    internal int Column(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw new InvalidDataException($"{FileName} has no column \"{name}\".");

    private static List<string> SplitLine(string line, string fileName, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            throw new InvalidDataException($"{fileName} line {lineNumber}: a quoted field is not closed.");
        }
        fields.Add(field.ToString());
        return fields;
    }
}
