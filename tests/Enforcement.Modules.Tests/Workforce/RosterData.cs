using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;
using Enforcement.Workforce.DutyChecks;
using Enforcement.Workforce.Roster;

namespace Enforcement.Modules.Tests.Workforce;

/// <summary>Officers and matters for the roster's rules, built in memory.</summary>
internal static class RosterData
{
    public static readonly DateOnly Day = new(2026, 11, 27);
    public const string Hash = "current-text-hash";

    public static Officer Officer(string badge = "NY-003", string name = "王五") => new()
    {
        Id = Guid.NewGuid(), Jurisdiction = "nanyuan", Badge = badge, Name = name, Unit = Units.Brigade, Duty = DutyStatuses.OnDuty,
    };

    public static Officer WithCertificate(this Officer o, string number, DateOnly issuedOn, DateOnly validUntil, params string[] fields)
    {
        o.Certificates.Add(new Certificate
        {
            Id = Guid.NewGuid(), OfficerId = o.Id, Number = number, IssuedOn = issuedOn, ValidUntil = validUntil,
            Fields = fields.Length > 0 ? [.. fields] : ["city-management"], IssuingAuthority = "南京市建邺区人民政府",
        });
        return o;
    }

    public static Officer Revoked(this Officer o, string number, DateTime atUtc, string reason)
    {
        var c = o.Certificates.Single(x => x.Number == number);
        c.RevokedAt = atUtc;
        c.RevocationReason = reason;
        return o;
    }

    public static Officer Acknowledged(this Officer o, string hash = Hash)
    {
        o.Acknowledgements.Add(new Acknowledgement { Id = Guid.NewGuid(), OfficerId = o.Id, At = DateTime.UtcNow, TextHash = hash, RecordedBy = "test" });
        return o;
    }

    public static Officer WithInterest(this Officer o, string? party, Guid? caseId, string reason)
    {
        o.Interests.Add(new Interest { Id = Guid.NewGuid(), OfficerId = o.Id, Party = party, CaseId = caseId, Reason = reason, RecordedBy = "test" });
        return o;
    }

    public static ActingMatter Matter(string department = "city-management", DateOnly? on = null, string? party = null, Guid? caseId = null) =>
        new(department, department == "city-management" ? "城市管理局" : department, on ?? Day, party, caseId, Hash);
}

/// <summary>A random source that answers from a fixed list, so a test knows what "random" will pick.</summary>
internal sealed class FixedRandom(params int[] answers) : IRandomSource
{
    private readonly Queue<int> _answers = new(answers);
    public List<int> Asked { get; } = [];

    public int Next(int maxExclusive)
    {
        Asked.Add(maxExclusive);
        var answer = _answers.Dequeue();
        Assert.That(answer, Is.InRange(0, maxExclusive - 1), "the fixed answer must lie in the range asked for");
        return answer;
    }
}
