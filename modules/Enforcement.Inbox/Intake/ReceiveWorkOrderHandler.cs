using System.Text.Json;
using Enforcement.Shared.Messages.Inbox;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Inbox.Intake;

internal sealed class ReceiveWorkOrderHandler(
    InboxDbContext db, StateRecorder recorder, TimeProvider clock, IOptions<JurisdictionOptions> jurisdictions)
    : IRequestHandler<ReceiveWorkOrder, Result<ReceivedWorkOrder>>
{
    public async Task<Result<ReceivedWorkOrder>> Handle(ReceiveWorkOrder r, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = ReceiveWorkOrderValidator.Validate(r, jurisdictions.Value, now);
        if (errors.Count > 0) return new Problem(ProblemKind.Invalid, "工单数据不完整或格式有误", errors);

        var externalId = r.ExternalId!.Trim();
        var existing = await db.WorkOrders.AsNoTracking()
            .FirstOrDefaultAsync(w => w.Channel == r.Channel && w.ExternalId == externalId, ct);
        if (existing is not null) return new ReceivedWorkOrder(existing.Id, existing.Number, Created: false);

        var id = Guid.CreateVersion7(now);
        var order = new WorkOrder
        {
            Id = id,
            Number = $"GD{now.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}",
            Jurisdiction = jurisdictions.Value.Resolve(r.Jurisdiction)!.Code,
            Channel = r.Channel!,
            ExternalId = externalId,
            Text = r.Text!.Trim(),
            Address = string.IsNullOrWhiteSpace(r.Address) ? null : r.Address.Trim(),
            Latitude = r.Latitude,
            Longitude = r.Longitude,
            ReportedAt = r.ReportedAt!.Value.UtcDateTime,
            ReceivedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
            ServiceCode = string.IsNullOrWhiteSpace(r.ServiceCode) ? null : r.ServiceCode.Trim(),
            AttributesJson = r.Attributes is { Count: > 0 } ? JsonSerializer.Serialize(r.Attributes) : null,
            Status = WorkOrderStatus.Received,
        };
        db.WorkOrders.Add(order);
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "received", null, WorkOrderView.Of(order), ct);
        return new ReceivedWorkOrder(order.Id, order.Number, Created: true);
    }
}
