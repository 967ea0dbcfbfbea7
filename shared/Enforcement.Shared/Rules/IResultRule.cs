using System.Text.Json;
using Enforcement.Shared.Forms;

namespace Enforcement.Shared.Rules;

/// <summary>
/// A module's rule over a recorded result, beyond the field types: e.g. "a fine proposal needs the
/// measured concentration". Each rule is one small class with its own test.
/// </summary>
public interface IResultRule
{
    /// <summary>Whether the rule concerns this item.</summary>
    bool AppliesTo(string itemCode);

    IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data);
}
