using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Shared.Infrastructure.Persistence;

/// <summary>
/// The one place that knows which database engine is in use. Modules write provider-neutral EF
/// code; the provider makes connections and configures each module's DbContext.
/// </summary>
public interface IDatabaseProvider
{
    DbConnection CreateConnection();

    void Configure(DbContextOptionsBuilder options, DbConnection connection, string migrationsHistoryTable);
}
