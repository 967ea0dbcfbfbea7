using MediatR;

namespace Enforcement.Shared.Messages.Triage;

/// <summary>
/// Re-ranks the modules' keyword suggestions for a complaint with the routing model (a real Chinese
/// analyzer over every item's words, plus what dispatchers' corrections taught it), and says whether
/// the complaint is an enforcement matter at all.
/// </summary>
public sealed record RouteComplaint(string Text, IReadOnlyList<ItemSuggestion> ModuleSuggestions) : IRequest<RoutingAnswer>;

/// <param name="Ranked">Best first; empty when <paramref name="NotEnforcement"/> is set.</param>
/// <param name="NotEnforcement">Set when the complaint is not an enforcement matter.</param>
public sealed record RoutingAnswer(IReadOnlyList<ItemSuggestion> Ranked, NotEnforcement? NotEnforcement);

/// <summary>
/// Why a complaint is not an enforcement matter. <paramref name="Category"/>: consultation (咨询),
/// praise (表扬), neighbour-dispute (邻里纠纷), other-body (其他部门职责); <paramref name="Reason"/> in Chinese.
/// </summary>
public sealed record NotEnforcement(string Category, string CategoryName, string Reason);
