namespace Portal.Contracts.Drafts;

/// <summary>GET /api/me/todo (やること), most recently changed first.</summary>
public sealed record TodoList(IReadOnlyList<TodoItem> Items);
