using Enforcement.Modules.CityManagement;
using Enforcement.Modules.Environment;
using Enforcement.Modules.DrugAdministration;
using Enforcement.Modules.IndustryCommerce;
using Enforcement.Modules.TrafficPolice;
using Enforcement.Modules.Housing;
using Enforcement.Modules.HumanResources;
using Enforcement.Modules.WorkSafety;
using Enforcement.Modules.Culture;
using Enforcement.Modules.Education;
using Enforcement.Modules.FireRescue;
using Enforcement.Modules.Planning;
using Enforcement.Modules.WaterAffairs;
using Enforcement.Modules.PublicSecurity;
using Enforcement.Shared.Modules;

namespace Enforcement.Modules.Tests;

/// <summary>Every department module under test, for checks that run over the whole catalogue.</summary>
internal static class AllModules
{
    public static readonly IReadOnlyList<IDepartmentModule> List =
    [
        new CityManagementModule(),
        new EnvironmentModule(),
        new DrugAdministrationModule(),
        new IndustryCommerceModule(),
        new TrafficPoliceModule(),
        new HousingModule(),
        new HumanResourcesModule(),
        new WorkSafetyModule(),
        new CultureModule(),
        new EducationModule(),
        new FireRescueModule(),
        new PlanningModule(),
        new WaterAffairsModule(),
        new PublicSecurityModule(),
    ];
}
