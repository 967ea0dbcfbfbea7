using Enforcement.Shared.Catalogue;
using MediatR;

namespace Enforcement.Shared.Messages.Catalogue;

/// <summary>Looks up an item of an enabled module by code; null when no enabled module has it.</summary>
public sealed record GetEnforcementItem(string Code) : IRequest<CatalogueItem?>;

/// <summary>An item with the name of the department that owns it, as a case snapshots it.</summary>
public sealed record CatalogueItem(EnforcementItem Item, string DepartmentName, Forms.FormDefinition Form);
