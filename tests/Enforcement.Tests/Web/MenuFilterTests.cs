using Enforcement.Shared.Primitives;
using Enforcement.Web.Menu;

namespace Enforcement.Tests.Web;

public sealed class MenuFilterTests
{
    private static readonly MenuEntry Inbox = new("/", "统一收件箱", Policies.ReadCases);
    private static readonly MenuEntry District = new("/district", "区级配置", Policies.District);
    private static readonly MenuEntry PowerList = new("/public/power-list", "权力清单", null);

    [Test]
    public async Task A_page_appears_only_when_the_caller_satisfies_its_policy()
    {
        var visible = await MenuFilter.VisibleAsync([Inbox, District, PowerList],
            policy => Task.FromResult<bool?>(policy == Policies.ReadCases));

        Assert.That(visible, Is.EqualTo(new[] { Inbox, PowerList }));
    }

    [Test]
    public async Task Public_pages_appear_to_a_caller_who_holds_no_policy()
    {
        var visible = await MenuFilter.VisibleAsync([Inbox, District, PowerList], _ => Task.FromResult<bool?>(false));

        Assert.That(visible, Is.EqualTo(new[] { PowerList }));
    }

    [Test]
    public async Task A_policy_the_host_does_not_define_hides_nothing()
    {
        var visible = await MenuFilter.VisibleAsync([Inbox, District], _ => Task.FromResult<bool?>(null));

        Assert.That(visible, Is.EqualTo(new[] { Inbox, District }));
    }

    [Test]
    public void Every_menu_page_names_a_policy_the_shared_contract_defines_or_none()
    {
        var defined = typeof(Policies).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.That(MenuEntry.All.Where(e => e.Policy is not null).Select(e => e.Policy).Distinct(), Is.SubsetOf(defined));
    }
}
