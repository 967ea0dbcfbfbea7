using Enforcement.Shared.Catalogue;
using MediatR;

namespace Enforcement.Shared.Messages.Catalogue;

/// <summary>The district's delegation of an item in a sub-district on a day; null when none is recorded.</summary>
public sealed record GetDelegation(string Jurisdiction, string ItemCode, DateOnly On) : IRequest<DelegationSnapshot?>;

/// <summary>A delegation as a case keeps it: the mode, the delegation document and when it took effect.</summary>
public sealed record DelegationSnapshot(Guid Id, string ItemCode, string Department, DelegationMode Mode,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? DocumentNumber);
