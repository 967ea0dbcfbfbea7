using Enforcement.Open311.Wire;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Messages.Inbox;

namespace Enforcement.Open311.Requests;

/// <summary>
/// A work order as an Open311 service request. Only requests that came in through Open311 publish
/// their description (already free of the resident's particulars); other channels' texts may carry a
/// caller's name or number, so they show the service only.
/// </summary>
internal static class RequestShapes
{
    public const string Brigade = "街道综合行政执法大队";

    public static ServiceRequest Of(WorkOrderSummary w, IReadOnlyDictionary<string, PowerItem> items)
    {
        var item = w.ServiceCode is null ? null : items.GetValueOrDefault(w.ServiceCode);
        var ours = w.ExternalId.StartsWith(RequestText.ExternalIdPrefix, StringComparison.Ordinal);
        var (description, media, address, addressId) = ours ? RequestText.Read(w.Text, w.Address) : (null, null, w.Address, null);
        return new ServiceRequest
        {
            ServiceRequestId = w.Id.ToString(),
            Status = w.Open ? "open" : "closed",
            StatusNotes = w.StatusName,
            ServiceName = item?.Item.Name,
            ServiceCode = w.ServiceCode,
            Description = description,
            AgencyResponsible = item?.DepartmentName ?? Brigade,
            ServiceNotice = w.CaseNumber is null ? $"工单编号 {w.Number}" : $"工单编号 {w.Number}，案件编号 {w.CaseNumber}",
            RequestedDatetime = w.ReportedAt,
            UpdatedDatetime = w.UpdatedAt,
            ExpectedDatetime = null,
            Address = address,
            AddressId = addressId,
            Zipcode = null,
            Lat = w.Latitude,
            Long = w.Longitude,
            MediaUrl = media,
        };
    }
}
