using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Core.Tests.Forms;

/// <summary>
/// The bot is driven entirely by the portal's catalog and form definitions: no procedure id and no form field name may
/// appear in bot/**/*.cs. Field names checked: every full dotted name ("applicant.kana") and every camelCase segment
/// ("hasSpouse", "accountNumber") of 4+ characters. Plain lowercase words ("name", "phone", "children") are ordinary
/// English and not checked, nor is the definitions' own vocabulary (input kinds, prefill items) the bot must know.
/// </summary>
public sealed class NoProcedureSpecificCodeTests
{
    private static readonly HashSet<string> Vocabulary =
    [
        "text", "multiline", "katakana", "date", "postalCode", "phone", "email", "number", "select", "yesNo", "attachment", "group",
        "name", "address", "dateOfBirth", "sex",
        // The portal's own 公金受取口座 API (GET|PUT /api/me/public-funds-account and its body), which the chat calls
        // as it calls any portal API; the 児童手当 form's bank fields happen to share these names.
        "public-funds-account", "accountType", "accountNumber", "holderKana",
    ];

    [Fact]
    public void NoProcedureIdOrFormFieldNameAppearsInTheBotsCode()
    {
        var root = RepositoryRoot();
        var forbidden = ProcedureIds(root).Concat(FieldNames(root)).Where(n => n.Length >= 4 && !Vocabulary.Contains(n)).ToHashSet();
        Assert.Contains("child-allowance-certification", forbidden);
        Assert.Contains("hasSpouse", forbidden);

        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "bot"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            found.AddRange(forbidden.Where(name => Regex.IsMatch(text, $@"(?<![\w.-]){Regex.Escape(name)}(?![\w-])"))
                .Select(name => $"{Path.GetRelativePath(root, file)}: {name}"));
        }

        Assert.Empty(found);
    }

    private static IEnumerable<string> ProcedureIds(string root) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(root, "functions/Portal.Domain/Procedures/Data/procedures.json")))!.AsArray()
            .Select(p => p!["id"]!.GetValue<string>());

    private static IEnumerable<string> FieldNames(string root)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "functions/Portal.Domain/Forms/Data"), "*.json"))
        {
            var form = JsonNode.Parse(File.ReadAllText(file))!;
            yield return form["id"]!.GetValue<string>();
            foreach (var field in form["sections"]!.AsArray().SelectMany(s => Fields(s!["fields"]!.AsArray())))
            {
                yield return field;
                foreach (var segment in field.Split('.').Where(s => s.Any(char.IsUpper)))
                {
                    yield return segment;
                }
            }
        }
    }

    private static IEnumerable<string> Fields(JsonArray fields)
    {
        foreach (var field in fields)
        {
            var name = field!["name"]!.GetValue<string>();
            if (name.Contains('.', StringComparison.Ordinal))
            {
                yield return name;
            }
            else if (name.Any(char.IsUpper))
            {
                yield return name;
            }
            if (field["group"]?["fields"] is JsonArray inner)
            {
                foreach (var child in Fields(inner))
                {
                    yield return child;
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Serverless.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Serverless.sln not found above the test's folder.");
    }
}
