using Enforcement.Evidence;
using Enforcement.Evidence.Checks;
using Enforcement.Evidence.Upload;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Evidence;

[TestFixture]
public sealed class SizeLimitTests
{
    private static readonly EvidenceOptions Options = new()
    {
        Root = "/tmp/evidence",
        MaxBytes = new Dictionary<EvidenceKind, long> { [EvidenceKind.Photo] = 20 * 1024 * 1024, [EvidenceKind.Video] = 1024 },
    };

    [Test]
    public void An_empty_file_is_refused_with_422() =>
        Assert.That(SizeLimit.Check(EvidenceKind.Photo, 0, Options), Has.Property("Status").EqualTo(422).And.Property("Message").Contains("文件为空"));

    [Test]
    public void A_file_of_exactly_the_limit_passes() =>
        Assert.That(SizeLimit.Check(EvidenceKind.Photo, 20 * 1024 * 1024, Options), Is.Null);

    [Test]
    public void One_byte_over_the_limit_of_its_kind_is_refused_with_413_naming_the_limit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SizeLimit.Check(EvidenceKind.Photo, 20 * 1024 * 1024 + 1, Options),
                Has.Property("Status").EqualTo(413).And.Property("Message").Contains("照片文件超过上限 20 MB"));
            Assert.That(SizeLimit.Check(EvidenceKind.Video, 1025, Options),
                Has.Property("Message").Contains("视频文件超过上限 1 KB"));
        });
    }
}

[TestFixture]
public sealed class EvidenceOptionsTests
{
    private static EvidenceOptions From(params (string Key, string Value)[] settings) =>
        EvidenceOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Test]
    public void Defaults_are_20_MB_for_photos_and_documents_100_MB_for_audio_and_500_MB_for_video()
    {
        var options = From();
        Assert.Multiple(() =>
        {
            Assert.That(options.MaxBytes[EvidenceKind.Photo], Is.EqualTo(20L << 20));
            Assert.That(options.MaxBytes[EvidenceKind.Document], Is.EqualTo(20L << 20));
            Assert.That(options.MaxBytes[EvidenceKind.Audio], Is.EqualTo(100L << 20));
            Assert.That(options.MaxBytes[EvidenceKind.Video], Is.EqualTo(500L << 20));
            Assert.That(options.RequestLimit, Is.EqualTo((500L << 20) + EvidenceOptions.FormOverheadBytes));
            Assert.That(options.Root, Is.EqualTo(Path.GetFullPath(Path.Combine("data", "evidence"))));
        });
    }

    [Test]
    public void The_store_lives_in_the_hosts_data_folder_and_a_configured_limit_replaces_only_its_kind()
    {
        var options = From(("Enforcement:DataDir", "/srv/enforcement"), ("Enforcement:Evidence:MaxBytes:video", "1073741824"));
        Assert.Multiple(() =>
        {
            Assert.That(options.Root, Is.EqualTo(Path.GetFullPath("/srv/enforcement/evidence")));
            Assert.That(options.MaxBytes[EvidenceKind.Video], Is.EqualTo(1L << 30));
            Assert.That(options.MaxBytes[EvidenceKind.Photo], Is.EqualTo(20L << 20));
            Assert.That(options.RequestLimit, Is.EqualTo((1L << 30) + EvidenceOptions.FormOverheadBytes));
        });
    }

    [TestCase("sketch", "100", "证据类型须为")]
    [TestCase("photo", "0", "须为正整数")]
    [TestCase("photo", "-5", "须为正整数")]
    [TestCase("photo", "20MB", "须为正整数")]
    public void A_bad_setting_stops_start_up_naming_the_key(string kind, string value, string reason)
    {
        var e = Assert.Throws<InvalidOperationException>(() => From(($"Enforcement:Evidence:MaxBytes:{kind}", value)));
        Assert.That(e!.Message, Does.Contain($"Enforcement:Evidence:MaxBytes:{kind}").And.Contain(reason));
    }
}

[TestFixture]
public sealed class CaseRuleTests
{
    private static CaseHeader Header(bool archived) =>
        new(Guid.NewGuid(), "AJ20261127-0001ABCD", "nanyuan", "CG-YY-001", "city-management", "dispatched", "on-site", [], archived);

    [Test]
    public void An_unknown_case_is_not_found() =>
        Assert.That(CaseRule.Check(Guid.NewGuid(), null)?.Kind, Is.EqualTo(ProblemKind.NotFound));

    [Test]
    public void An_archived_case_is_sealed()
    {
        var problem = CaseRule.Check(Guid.NewGuid(), Header(archived: true));
        Assert.Multiple(() =>
        {
            Assert.That(problem?.Kind, Is.EqualTo(ProblemKind.Conflict));
            Assert.That(problem?.Message, Does.Contain("已归档封存").And.Contain("AJ20261127-0001ABCD"));
        });
    }

    [Test]
    public void An_open_case_takes_evidence() =>
        Assert.That(CaseRule.Check(Guid.NewGuid(), Header(archived: false)), Is.Null);
}
