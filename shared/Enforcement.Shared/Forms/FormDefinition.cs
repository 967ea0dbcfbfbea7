namespace Enforcement.Shared.Forms;

/// <summary>What an officer records for an item: a named list of typed fields.</summary>
public sealed record FormDefinition(string Code, string Title, IReadOnlyList<FormField> Fields);
