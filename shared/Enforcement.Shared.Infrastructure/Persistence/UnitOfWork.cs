using Enforcement.Shared.Infrastructure;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Shared.Infrastructure.Persistence;

/// <summary>
/// One per scope (request or job). Every module DbContext in the scope shares its connection, so a
/// command that touches several modules (a case change and its record) commits or fails as one.
/// </summary>
[ModuleService]
public sealed class UnitOfWork(IDatabaseProvider provider) : IAsyncDisposable, IDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    public DbConnection Connection => _connection ??= provider.CreateConnection();

    public bool InTransaction => _transaction is not null;

    internal void Enlist(DbContext context)
    {
        _contexts.Add(context);
        if (_transaction is not null) context.Database.UseTransaction(_transaction);
    }

    public async Task BeginAsync(CancellationToken ct)
    {
        if (_transaction is not null) throw new InvalidOperationException("A transaction is already open in this scope.");
        _transaction = await Connection.BeginTransactionAsync(ct);
        foreach (var c in _contexts) await c.Database.UseTransactionAsync(_transaction, ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await _transaction!.CommitAsync(ct);
        await EndAsync();
    }

    public async Task RollbackAsync()
    {
        if (_transaction is null) return;
        await _transaction.RollbackAsync();
        await EndAsync();
    }

    private async Task EndAsync()
    {
        await _transaction!.DisposeAsync();
        _transaction = null;
        foreach (var c in _contexts)
        {
            await c.Database.UseTransactionAsync(null);
            c.ChangeTracker.Clear();             // a rolled-back change must not linger in memory
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
    }
}
