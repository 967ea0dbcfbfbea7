using System.Collections.Concurrent;
using System.Text.Json;
using Enforcement.Shared.Forms;

namespace Enforcement.Shared.Messages.Cases;

/// <summary>
/// Asks the module that owns <see cref="ItemCode"/> to check a recorded result with its rules.
/// Modules that do not own the item ignore it. <see cref="OwnerAnswered"/> lets the core refuse a
/// result that no module vouched for.
/// </summary>
public sealed class ResultValidationRequested(string itemCode, IReadOnlyDictionary<string, JsonElement> data) : ModuleQuery
{
    private readonly ConcurrentBag<FieldError> _errors = [];

    public string ItemCode { get; } = itemCode;
    public IReadOnlyDictionary<string, JsonElement> Data { get; } = data;
    public IReadOnlyList<FieldError> Errors => _errors.ToList();
    public bool OwnerAnswered { get; private set; }

    public void Answer(IEnumerable<FieldError> errors)
    {
        foreach (var e in errors) _errors.Add(e);
        OwnerAnswered = true;
    }
}
