using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Shared.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file in WAL mode, synced on every commit.</summary>
public sealed class SqliteDatabaseProvider(string databaseFile) : IDatabaseProvider
{
    public string DatabaseFile { get; } = Path.GetFullPath(databaseFile);

    public DbConnection CreateConnection()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile,
            DefaultTimeout = 30,                 // seconds to wait on a busy database
            Pooling = true,
        }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL lets readers run beside the writer; FULL sync means an acknowledged write survives a
        // crash or power cut, not only a killed process.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public void Configure(DbContextOptionsBuilder options, DbConnection connection, string migrationsHistoryTable) =>
        options.UseSqlite(connection, o => o.MigrationsHistoryTable(migrationsHistoryTable));
}
