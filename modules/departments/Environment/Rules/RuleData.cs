using Enforcement.Shared.Forms;
using System.Text.Json;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
}
