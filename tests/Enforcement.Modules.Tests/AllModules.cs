using Enforcement.Modules.CityManagement;
using Enforcement.Modules.Environment;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Tests;

/// <summary>Every department module under test, for checks that run over the whole catalogue.</summary>
internal static class AllModules
{
    public static readonly IReadOnlyList<IDepartmentModule> List = [new CityManagementModule(), new EnvironmentModule()];
}
