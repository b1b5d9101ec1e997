namespace Portal.Testing;

/// <summary>
/// The real local stack (Cosmos-protocol server, Azurite, SMTP sink) for this test process. The test command starts
/// it once and passes its state file in <c>PORTAL_STACK_STATE</c>; a test run started any other way (an IDE, a bare
/// <c>dotnet test</c>) starts its own here and stops it when the process ends.
/// </summary>
public static class LocalStack
{
    public const string StateVariable = "PORTAL_STACK_STATE";

    private static readonly Lazy<Task<StackState>> State = new(StartAsync);

    public static Task<StackState> GetAsync() => State.Value;

    private static async Task<StackState> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(StateVariable) is { Length: > 0 } path)
        {
            return File.Exists(path)
                ? StackState.Read(path)
                : throw new InvalidOperationException($"{StateVariable} names {path}, which does not exist: is the stack running?");
        }

        var folder = Directory.CreateTempSubdirectory("portal-stack-").FullName;
        var stateFile = System.IO.Path.Combine(folder, "stack.json");
        var (service, _) = await NodeService.StartAsync("stack.mjs",
            ["up", "--data", System.IO.Path.Combine(folder, "data"), "--state-file", stateFile],
            "stack ready", TimeSpan.FromSeconds(120));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            service.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        };
        return StackState.Read(stateFile);
    }
}
