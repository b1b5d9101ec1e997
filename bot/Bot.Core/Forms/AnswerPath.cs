using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Core.Forms;

/// <summary>Reading and writing answers at a question's path ("a.b", "group[1].c") in the draft's data.</summary>
public static class AnswerPath
{
    public static JsonNode? Get(JsonNode? root, string path)
    {
        var node = root;
        foreach (var (name, index) in Segments(path))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            if (index is { } i)
            {
                node = node is JsonArray array && i < array.Count ? array[i] : null;
            }
        }
        return node;
    }

    /// <summary>
    /// The RFC 7396 merge patch that sets <paramref name="value"/> at <paramref name="path"/>: nested objects merge, but an
    /// array is replaced whole, so a group item's answer sends the group's whole list.
    /// </summary>
    public static JsonObject Patch(JsonObject data, string path, JsonNode? value)
    {
        var segments = Segments(path).ToList();
        var groupAt = segments.FindIndex(s => s.Index is not null);
        if (groupAt < 0)
        {
            var patch = new JsonObject();
            var node = patch;
            for (var i = 0; i < segments.Count - 1; i++)
            {
                var next = new JsonObject();
                node[segments[i].Name] = next;
                node = next;
            }
            node[segments[^1].Name] = value?.DeepClone();
            return patch;
        }
        var copy = (JsonObject)data.DeepClone();
        Set(copy, segments, value);
        var top = new JsonObject();
        var source = copy;
        var target = top;
        for (var i = 0; i < groupAt; i++)
        {
            var next = new JsonObject();
            target[segments[i].Name] = next;
            target = next;
            source = (JsonObject)source[segments[i].Name]!;
        }
        target[segments[groupAt].Name] = source[segments[groupAt].Name]!.DeepClone();
        return top;
    }

    /// <summary>A copy of the answers with <paramref name="value"/> at <paramref name="path"/>.</summary>
    public static JsonObject With(JsonObject data, string path, JsonNode? value)
    {
        var copy = (JsonObject)data.DeepClone();
        Set(copy, [.. Segments(path)], value);
        return copy;
    }

    private static void Set(JsonObject root, List<(string Name, int? Index)> segments, JsonNode? value)
    {
        JsonObject node = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var (name, index) = segments[i];
            var last = i == segments.Count - 1;
            if (index is null)
            {
                if (last)
                {
                    node[name] = value?.DeepClone();
                    return;
                }
                if (node[name] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[name] = child;
                }
                node = child;
                continue;
            }
            if (node[name] is not JsonArray array)
            {
                array = [];
                node[name] = array;
            }
            while (array.Count <= index.Value)
            {
                array.Add(new JsonObject());
            }
            if (last)
            {
                array[index.Value] = value?.DeepClone();
                return;
            }
            if (array[index.Value] is not JsonObject item)
            {
                item = new JsonObject();
                array[index.Value] = item;
            }
            node = item;
        }
    }

    private static IEnumerable<(string Name, int? Index)> Segments(string path)
    {
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                yield return (segment, null);
            }
            else
            {
                yield return (segment[..bracket], int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture));
            }
        }
    }
}
