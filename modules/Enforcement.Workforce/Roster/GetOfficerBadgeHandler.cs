using Enforcement.Shared.Messages.Workforce;
using Enforcement.Workforce.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workforce.Roster;

/// <summary>Finds an active officer by the sign-in name the roster links them to (user names compare without case).</summary>
internal sealed class GetOfficerBadgeHandler(WorkforceDbContext db) : IRequestHandler<GetOfficerBadge, string?>
{
    public async Task<string?> Handle(GetOfficerBadge request, CancellationToken ct)
    {
        var username = request.Username.Trim().ToLowerInvariant();
        return await db.Officers.AsNoTracking()
            .Where(o => o.Active && o.Username != null && o.Username.ToLower() == username)
            .Select(o => o.Badge).FirstOrDefaultAsync(ct);
    }
}
