using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Trees;

/// <summary>
/// A chained history whose residents' heads go into the daily tree: its name in exports ("operations", "exchanges")
/// and the container its chains live in. Each history registers one, so a new history joins the tree by registering.
/// </summary>
public sealed record ChainedHistory(string Name, ContainerDefinition Container);
