using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>危害后果 — how much harm the conduct caused.</summary>
public enum Harm
{
    None,
    Slight,
    Ordinary,
    Serious,
}

/// <summary>The facts of an offence that the discretion benchmark weighs.</summary>
/// <param name="FirstOffence">初次违法.</param>
/// <param name="CorrectedPromptly">及时改正.</param>
/// <param name="MitigatedHarm">主动消除或者减轻违法行为危害后果 (行政处罚法 第三十二条第（一）项).</param>
/// <param name="NoFault">有证据足以证明没有主观过错 (行政处罚法 第三十三条第二款).</param>
/// <param name="Repeat">再次违法, or refusing to correct after an order to do so.</param>
public sealed record OffenceFacts(
    PartyKind Party,
    bool FirstOffence,
    bool CorrectedPromptly,
    Harm Harm,
    bool MitigatedHarm = false,
    bool NoFault = false,
    bool Repeat = false);
