namespace LocalFunctions.Hosting.Functions;

/// <summary>A set of classes whose <c>[Function]</c> methods the local host serves; registered once per source.</summary>
public sealed record FunctionTypes(IReadOnlyList<Type> Types);
