using Enforcement.Shared.Primitives;
using System.Net;
using Enforcement.Shared.Messages.Evidence;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Evidence;

[NonParallelizable]
public sealed class EvidenceTests
{
    private static async Task<string> OpenCase(TestHost host)
    {
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        return await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
    }

    [Test]
    public async Task An_uploaded_photo_is_stored_under_its_hash_listed_and_downloaded_verified()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var photo = EvidenceFiles.Jpeg();
        var sha = EvidenceFiles.Sha256(photo);
        var wang = await Crew.OfficerAsync(host, "officer-wang", caseId);

        var (status, created) = await EvidenceFiles.Upload(wang, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(photo, "兴隆大街 烧烤.jpg"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), created?.ToJsonString());

        var listed = (await host.Api.GetOk($"/api/cases/{caseId}/evidence")).AsArray().Single()!;
        var contentUrl = listed["contentUrl"]!.GetValue<string>();
        using var download = await host.Http.GetAsync(contentUrl);
        var record = (await host.Api.GetOk($"/api/audit?entityType=case&entityId={caseId}")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(listed["sha256"]!.GetValue<string>(), Is.EqualTo(sha));
            Assert.That(listed["size"]!.GetValue<long>(), Is.EqualTo(photo.Length));
            Assert.That(listed["kind"]!.GetValue<string>(), Is.EqualTo("photo"));
            Assert.That(listed["kindName"]!.GetValue<string>(), Is.EqualTo("照片"));
            Assert.That(listed["step"]!.GetValue<string>(), Is.EqualTo("arrival"));
            Assert.That(listed["fileName"]!.GetValue<string>(), Is.EqualTo("兴隆大街 烧烤.jpg"));
            Assert.That(listed["officer"]!.GetValue<string>(), Is.EqualTo("32010001"));
            Assert.That(listed["uploadedBy"]!.GetValue<string>(), Is.EqualTo("officer-wang"));
            Assert.That(listed["capturedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddMinutes(-3)));
            Assert.That(listed["latitude"]!.GetValue<double>(), Is.EqualTo(31.9926));
            Assert.That(listed["id"]!.GetValue<string>(), Is.EqualTo(created!["id"]!.GetValue<string>()));
            Assert.That(contentUrl, Is.EqualTo($"/api/evidence/{created["id"]}/content"));

            Assert.That(File.ReadAllBytes(EvidenceFiles.StoredPath(host.DataDir, sha)), Is.EqualTo(photo));
            Assert.That(EvidenceFiles.StoredFiles(host.DataDir).Select(Path.GetFileName), Is.EqualTo(new[] { sha }),
                "one file, named by its hash only; no staging file left");

            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(download.Content.ReadAsByteArrayAsync().Result, Is.EqualTo(photo));
            Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/jpeg"));
            Assert.That(download.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(download.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
            Assert.That(download.Content.Headers.ContentDisposition.FileNameStar, Is.EqualTo("兴隆大街 烧烤.jpg"));

            Assert.That(record.Select(e => e!["action"]!.GetValue<string>()), Does.Contain("evidence-attached"));
        });
    }

    [Test]
    public async Task Other_modules_get_the_case_evidence_over_the_bus_oldest_first()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(EvidenceFiles.Jpeg(seed: 10)));
        host.Advance(TimeSpan.FromMinutes(5));
        var (status, _) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(kind: "document", step: "result"),
            new FilePart(EvidenceFiles.Pdf(), "责令改正通知书.pdf", "application/pdf"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created));

        using var scope = host.Services.CreateScope();
        var records = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListCaseEvidence(Guid.Parse(caseId)));
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => (r.Step, r.Kind)), Is.EqualTo(new[] { ("arrival", "photo"), ("result", "document") }));
            Assert.That(records[1].Sha256, Is.EqualTo(EvidenceFiles.Sha256(EvidenceFiles.Pdf())));
            Assert.That(records[1].FileName, Is.EqualTo("责令改正通知书.pdf"));
            Assert.That(records[1].UploadedAt, Is.EqualTo(TestHost.Start.AddMinutes(5)));
        });
    }

    [Test]
    public async Task The_same_bytes_uploaded_twice_are_stored_once_and_listed_twice()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var photo = EvidenceFiles.Jpeg(seed: 7);

        var (first, _) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(photo, "a.jpg"));
        host.Advance(TimeSpan.FromMinutes(1));
        var (second, _) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(step: "result"), EvidenceFiles.Photo(photo, "b.jpg"));

        var listed = (await host.Api.GetOk($"/api/cases/{caseId}/evidence")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));
            Assert.That(listed.Select(e => e!["fileName"]!.GetValue<string>()), Is.EqualTo(new[] { "a.jpg", "b.jpg" }));
            Assert.That(listed.Select(e => e!["sha256"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { EvidenceFiles.Sha256(photo) }));
            Assert.That(EvidenceFiles.StoredFiles(host.DataDir), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task A_byte_changed_on_disk_is_detected_on_download_and_raises_an_alarm_on_the_record()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var photo = EvidenceFiles.Jpeg(seed: 8);
        var (_, created) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(photo));
        var path = EvidenceFiles.StoredPath(host.DataDir, EvidenceFiles.Sha256(photo));

        await using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 1000;
            var b = file.ReadByte();
            file.Position = 1000;
            file.WriteByte((byte)(b ^ 0x01));
        }

        using var download = await host.Http.GetAsync($"/api/evidence/{created!["id"]}/content");
        var body = await download.Content.ReadAsStringAsync();
        var alarm = (await host.Api.GetOk($"/api/audit?entityType=case&entityId={caseId}")).AsArray()
            .SingleOrDefault(e => e!["action"]!.GetValue<string>() == "evidence-integrity-alarm");
        var verify = await host.Api.GetOk("/api/audit/verify");
        Assert.Multiple(() =>
        {
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain("证据文件校验失败").And.Contain("已被改动"));
            Assert.That(alarm, Is.Not.Null, "the mismatch is recorded on the case");
            Assert.That(alarm!["after"]!.GetValue<string>(), Does.Contain(created["id"]!.GetValue<string>()));
            Assert.That(verify["intact"]!.GetValue<bool>(), Is.True, "the alarm is part of the hash chain");
        });
    }

    [Test]
    public async Task A_missing_file_is_detected_on_download()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var photo = EvidenceFiles.Jpeg(seed: 9);
        var (_, created) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(photo));
        File.Delete(EvidenceFiles.StoredPath(host.DataDir, EvidenceFiles.Sha256(photo)));

        var (status, problem) = await host.Api.Get($"/api/evidence/{created!["id"]}/content");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(problem!["detail"]!.GetValue<string>(), Does.StartWith("证据文件校验失败").And.Contain("缺失"));
        });
    }

    [Test]
    public async Task Uploading_the_same_bytes_again_puts_a_damaged_file_right_and_keeps_the_damaged_copy()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var photo = EvidenceFiles.Jpeg(seed: 11);
        var (_, first) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(photo));
        var path = EvidenceFiles.StoredPath(host.DataDir, EvidenceFiles.Sha256(photo));
        var damaged = (byte[])photo.Clone();
        damaged[2000] ^= 0xFF;
        File.WriteAllBytes(path, damaged);

        var (status, _) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(photo));
        using var download = await host.Http.GetAsync($"/api/evidence/{first!["id"]}/content");
        var kept = Directory.GetFiles(Path.GetDirectoryName(path)!, "*.damaged-*");
        var actions = (await host.Api.GetOk($"/api/audit?entityType=case&entityId={caseId}")).AsArray()
            .Select(e => e!["action"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(photo));
            Assert.That(kept.Select(File.ReadAllBytes), Is.EqualTo(new[] { damaged }), "the damaged bytes are kept for investigation");
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(actions, Does.Contain("evidence-integrity-alarm"));
        });
    }

    [Test]
    public async Task A_video_over_Kestrels_default_30_MB_request_limit_is_accepted_under_the_configured_maximum()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var video = EvidenceFiles.Mp4(31 * 1024 * 1024);

        var (status, created) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(kind: "video"),
            new FilePart(video, "VID_0001.mp4", "video/mp4"));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created), created?.ToJsonString());
            Assert.That(created?["sha256"]?.GetValue<string>(), Is.EqualTo(EvidenceFiles.Sha256(video)));
        });
    }

    [Test]
    public async Task Metadata_of_one_piece_of_evidence_and_404_for_an_unknown_one()
    {
        using var host = new TestHost();
        var caseId = await OpenCase(host);
        var (_, created) = await EvidenceFiles.Upload(host.Http, caseId, EvidenceFiles.Fields(), EvidenceFiles.Photo(EvidenceFiles.Jpeg()));

        var one = await host.Api.GetOk($"/api/evidence/{created!["id"]}");
        var (missing, problem) = await host.Api.Get($"/api/evidence/{Guid.NewGuid()}");
        var (missingContent, _) = await host.Api.Get($"/api/evidence/{Guid.NewGuid()}/content");
        var (unknownCase, _) = await host.Api.Get($"/api/cases/{Guid.NewGuid()}/evidence");
        Assert.Multiple(() =>
        {
            Assert.That(one["caseId"]!.GetValue<string>(), Is.EqualTo(caseId));
            Assert.That(one["location"]!.GetValue<string>(), Is.EqualTo("兴隆大街18号夜市入口"));
            Assert.That(one["description"]!.GetValue<string>(), Is.EqualTo("现场露天烧烤，炭火烟雾"));
            Assert.That(missing, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem!["detail"]!.GetValue<string>(), Does.Contain("不存在"));
            Assert.That(missingContent, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownCase, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
