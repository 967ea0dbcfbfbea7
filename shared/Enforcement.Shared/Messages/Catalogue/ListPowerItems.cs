using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using MediatR;

namespace Enforcement.Shared.Messages.Catalogue;

/// <summary>The items of the enabled modules with the delegation in force in a sub-district on a day.</summary>
public sealed record ListPowerItems(string Jurisdiction, DateOnly On) : IRequest<IReadOnlyList<PowerItem>>;

public sealed record PowerItem(EnforcementItem Item, string DepartmentName, FormDefinition Form, DelegationMode Mode);
