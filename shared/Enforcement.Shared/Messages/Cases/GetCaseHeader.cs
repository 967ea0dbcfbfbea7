using MediatR;

namespace Enforcement.Shared.Messages.Cases;

/// <summary>A case's identity and state, for modules that attach things to it; null when there is no such case.</summary>
public sealed record GetCaseHeader(Guid CaseId) : IRequest<CaseHeader?>;

/// <summary>
/// <paramref name="Officers"/> are the badges of the officers dispatched and of those named on its penalty
/// proceeding; <paramref name="Archived"/> cases are sealed: nothing more may be attached.
/// </summary>
public sealed record CaseHeader(
    Guid CaseId, string Number, string Jurisdiction, string ItemCode, string Department, string DelegationMode,
    string Status, IReadOnlyList<string> Officers, bool Archived);
