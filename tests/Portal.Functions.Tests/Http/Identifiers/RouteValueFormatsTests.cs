using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Functions.Http.Identifiers;

namespace Portal.Functions.Tests.Http.Identifiers;

/// <summary>Every route value of every operation has a declared format, so none reaches a repository unchecked.</summary>
public sealed class RouteValueFormatsTests
{
    private static readonly RouteValueFormats Declared = PortalServices.Provider.GetRequiredService<IOptions<RouteValueFormats>>().Value;

    [Fact]
    public void Every_route_value_of_every_operation_has_a_declared_format_and_nothing_else_is_declared()
    {
        var routeValues = HttpOperations.Calls()
            .SelectMany(c => HttpOperations.Parameters(c.Route).Select(parameter => $"{c.Name}.{parameter}"))
            .ToHashSet();
        var declared = Declared.All.SelectMany(o => o.Value.Keys.Select(name => $"{o.Key}.{name}")).ToHashSet();

        Assert.NotEmpty(routeValues);
        Assert.Empty(routeValues.Except(declared));
        Assert.Empty(declared.Except(routeValues));
    }

    [Fact]
    public void Every_declared_format_takes_its_own_example()
    {
        foreach (var (operation, formats) in Declared.All)
        {
            foreach (var (name, format) in formats)
            {
                Assert.True(format.Matches(format.Example), $"{operation}.{name} ({format}) refuses its example {format.Example}");
            }
        }
    }

    /// <summary>
    /// What a resident may type where a code goes: a name or a short code still gets the closest local governments as
    /// suggestions, from the catalog in memory (never storage), so it takes free text within a length.
    /// </summary>
    private static readonly HashSet<string> FreeText = ["GetLocalGovernmentKeywords.code"];

    /// <summary>
    /// Sealed values whose shape is only base64url of a length: any such value (300 letters a) is well-formed, and only
    /// opening it (AES-GCM) tells ours from a forgery — the notice attachment tests try altered and foreign links.
    /// </summary>
    private static readonly HashSet<string> Sealed = ["DownloadNoticeAttachment.link"];

    public static TheoryData<string> Malformed => new()
    {
        "a/b", "..", "{\"id\":\"x\"}", "\uFFFD\uFFFD", "\0", "' OR 1=1 --", "<script>", new string('a', 300), "",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_value_is_refused_as_an_unknown_one_by_every_declared_format(string value)
    {
        foreach (var (operation, formats) in Declared.All)
        {
            foreach (var (name, _) in formats.Where(f => !FreeText.Contains($"{operation}.{f.Key}")))
            {
                if (Sealed.Contains($"{operation}.{name}") && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                {
                    continue;
                }
                var refusal = Declared.Refusal(operation, new Dictionary<string, object?> { [name] = value });
                Assert.True(refusal is not null, $"{operation}.{name} accepted {value}");
                Assert.IsNotType<InvalidOperationException>(refusal);
            }
        }
    }
}
