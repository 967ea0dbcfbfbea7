using Enforcement.Routing.Index;
using Enforcement.Routing.Persistence;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Infrastructure.Persistence;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Rules;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Tests.Routing;

/// <summary>
/// A small catalogue built here (department module classes are internal to their plugins), the
/// routing model over it, and the routing tables on a real SQLite file.
/// </summary>
internal sealed class RoutingFixture : IAsyncDisposable
{
    public static readonly EnforcementItem Fumes = Item("T-YY-001", "environment", "油烟",
        "排放油烟的餐饮服务业经营者未安装油烟净化设施", new LegalBasis("大气污染防治法", 118), ["油烟", "油烟机", "排烟"]);
    public static readonly EnforcementItem Barbecue = Item("T-SK-001", "city-management", "油烟",
        "在禁止的时段和区域内露天烧烤食品", new LegalBasis("大气污染防治法", 118, 3), ["露天烧烤", "烧烤摊", "烤串"]);
    public static readonly EnforcementItem StreetStall = Item("T-DL-001", "city-management", "城市道路",
        "擅自占用城市道路从事经营活动（占道经营）", new LegalBasis("城市道路管理条例", 42), ["占道经营", "摆摊", "地摊"]);
    public static readonly EnforcementItem Wages = Item("T-GZ-001", "human-resources", "工资支付",
        "克扣或者无故拖欠劳动者工资报酬", new LegalBasis("劳动保障监察条例", 26), ["拖欠工资", "欠薪"]);
    public static readonly EnforcementItem Drains = Item("T-PS-001", "water-affairs", "排水",
        "向城镇排水设施倾倒垃圾、渣土、施工泥浆等废弃物", new LegalBasis("城镇排水与污水处理条例", 49), ["泥浆", "倒进下水道"]);

    private readonly string _dir = Directory.CreateTempSubdirectory("routing-test-").FullName;
    private readonly List<UnitOfWork> _units = [];

    public RoutingModel Model { get; }

    public RoutingFixture() => Model = NewModel();

    public RoutingModel NewModel() => new(new FakeModules([Fumes, Barbecue, StreetStall, Wages, Drains]));

    /// <summary>A DbContext on the test's SQLite file, as one request scope would have it.</summary>
    public async Task<RoutingDbContext> NewDbContextAsync()
    {
        var provider = new SqliteDatabaseProvider(Path.Combine(_dir, "enforcement.db"));
        var unit = new UnitOfWork(provider);
        _units.Add(unit);
        var options = new DbContextOptionsBuilder<RoutingDbContext>();
        provider.Configure(options, unit.Connection, $"{RoutingDbContext.Prefix}_ef_migrations");
        var db = new RoutingDbContext(options.Options, unit);
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>What a department module would suggest for the item.</summary>
    public static ItemSuggestion Suggestion(EnforcementItem item, double score) =>
        new(item.Code, item.Name, item.Department, score, item.PenaltyBasis);

    private static EnforcementItem Item(string code, string department, string field, string name, LegalBasis basis, string[] keywords) =>
        new(code, name, department, field, basis, basis, new PenaltyRange("处罚"), "F-1", new KeywordRule(keywords));

    public async ValueTask DisposeAsync()
    {
        Model.Dispose();
        foreach (var unit in _units) await unit.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a SQLite handle may linger; the temp folder is cleaned later */ }
    }

    private sealed class FakeModules(IReadOnlyList<EnforcementItem> items) : ILoadedModules
    {
        public IReadOnlyList<IDepartmentModule> All { get; } =
            items.GroupBy(i => i.Department).Select(g => (IDepartmentModule)new FakeModule(g.Key, g.ToList())).ToList();

        public IDepartmentModule? OwnerOf(Type handlerType) => null;
    }

    private sealed class FakeModule(string key, IReadOnlyList<EnforcementItem> items) : IDepartmentModule
    {
        public string Key => key;
        public string Name => key;
        public DepartmentKind Kind => DepartmentKind.Stationed;
        public Version Version => new(1, 0, 0);
        public IReadOnlyList<EnforcementItem> Items => items;
        public IReadOnlyList<FormDefinition> Forms => [];
        public IReadOnlyList<Type> Handlers => [];
    }
}
