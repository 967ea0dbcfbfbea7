using System.Net;
using System.Net.Http.Json;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Evidence;

/// <summary>
/// Every bad upload is refused with a Chinese 4xx problem and leaves nothing behind: no file in the
/// store (not even a staging file), no row, no record. One host with small limits serves all cases.
/// </summary>
[NonParallelizable]
public sealed class BadUploadTests
{
    private const int PhotoMax = 64 * 1024;
    private const int VideoMax = 256 * 1024;

    private TestHost _host = null!;
    private string _caseId = null!;

    [OneTimeSetUp]
    public async Task OpenACase()
    {
        _host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Enforcement:Evidence:MaxBytes:photo"] = PhotoMax.ToString(),
            ["Enforcement:Evidence:MaxBytes:document"] = PhotoMax.ToString(),
            ["Enforcement:Evidence:MaxBytes:audio"] = (128 * 1024).ToString(),
            ["Enforcement:Evidence:MaxBytes:video"] = VideoMax.ToString(),
        });
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(_host);
        _caseId = await CaseFlow.OpenAndDispatch(_host, workOrder, "CG-YY-001");
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    public sealed record Bad(string Name, HttpStatusCode Status, string DetailContains, Dictionary<string, string?> Fields, FilePart[] Files,
        bool FilesFirst = false, bool UnknownCase = false)
    {
        public override string ToString() => Name;
    }

    private static Dictionary<string, string?> Without(params string[] names)
    {
        var fields = EvidenceFiles.Fields();
        foreach (var n in names) fields[n] = null;
        return fields;
    }

    private static Dictionary<string, string?> With(string name, string value)
    {
        var fields = EvidenceFiles.Fields();
        fields[name] = value;
        return fields;
    }

    private static IEnumerable<TestCaseData> BadUploads()
    {
        var photo = EvidenceFiles.Photo(EvidenceFiles.Jpeg());
        Bad[] cases =
        [
            new("too big for its kind", HttpStatusCode.RequestEntityTooLarge, "照片文件超过上限 64 KB",
                EvidenceFiles.Fields(), [EvidenceFiles.Photo(EvidenceFiles.Jpeg(PhotoMax + 1))]),
            new("too big, the file before the kind field", HttpStatusCode.RequestEntityTooLarge, "照片文件超过上限 64 KB",
                EvidenceFiles.Fields(), [EvidenceFiles.Photo(EvidenceFiles.Jpeg(PhotoMax + 1))], FilesFirst: true),
            new("over the request limit of the endpoint", HttpStatusCode.RequestEntityTooLarge, "请求体超过上限",
                EvidenceFiles.Fields(kind: "video"), [new(EvidenceFiles.Mp4(VideoMax + 400 * 1024), "big.mp4", "video/mp4")]),
            new("empty file", HttpStatusCode.UnprocessableEntity, "文件为空", EvidenceFiles.Fields(), [EvidenceFiles.Photo([])]),
            new("a type photos do not take", HttpStatusCode.UnsupportedMediaType, "照片不接受文件类型“text/plain”",
                EvidenceFiles.Fields(), [new("现场情况说明"u8.ToArray(), "说明.txt", "text/plain")]),
            new("no declared type", HttpStatusCode.UnsupportedMediaType, "未声明", EvidenceFiles.Fields(), [new(EvidenceFiles.Jpeg(), "a.jpg", null)]),
            new("a program renamed .jpg", HttpStatusCode.UnsupportedMediaType, "可执行程序",
                EvidenceFiles.Fields(), [new(EvidenceFiles.WindowsProgram(), "IMG_0001.jpg", "image/jpeg")]),
            new("a PDF declared as a JPEG", HttpStatusCode.UnsupportedMediaType, "与声明的类型 image/jpeg 不符",
                EvidenceFiles.Fields(), [new(EvidenceFiles.Pdf(), "IMG_0002.jpg", "image/jpeg")]),
            new("a photo declared as a video", HttpStatusCode.UnsupportedMediaType, "与声明的类型 video/mp4 不符",
                EvidenceFiles.Fields(kind: "video"), [new(EvidenceFiles.Jpeg(), "VID_0001.mp4", "video/mp4")]),
            new("unknown case", HttpStatusCode.NotFound, "不存在", EvidenceFiles.Fields(), [photo], UnknownCase: true),
            new("capture time in the future", HttpStatusCode.UnprocessableEntity, "不能晚于当前时间",
                EvidenceFiles.Fields(capturedAt: TestHost.Start.AddHours(1)), [photo]),
            new("capture time without a zone", HttpStatusCode.UnprocessableEntity, "带时区", With("capturedAt", "2026-11-27T08:57:00"), [photo]),
            new("path-traversal name", HttpStatusCode.UnprocessableEntity, "路径穿越",
                EvidenceFiles.Fields(), [EvidenceFiles.Photo(EvidenceFiles.Jpeg(), "../../etc/cron.d/evil.jpg")]),
            new("path-traversal name with backslashes", HttpStatusCode.UnprocessableEntity, "路径穿越",
                EvidenceFiles.Fields(), [EvidenceFiles.Photo(EvidenceFiles.Jpeg(), @"..\..\Windows\evil.jpg")]),
            new("missing step, officer and capture time", HttpStatusCode.UnprocessableEntity, "必填",
                Without("step", "officer", "capturedAt"), [photo]),
            new("missing kind", HttpStatusCode.UnprocessableEntity, "证据类型（kind）为必填项", Without("kind"), [photo]),
            new("unknown kind", HttpStatusCode.UnprocessableEntity, "未知的证据类型", With("kind", "sketch"), [photo]),
            new("malformed step", HttpStatusCode.UnprocessableEntity, "步骤代码", With("step", "Arrival/../x"), [photo]),
            new("latitude without longitude", HttpStatusCode.UnprocessableEntity, "经纬度须成对给出", With("longitude", ""), [photo]),
            new("no file", HttpStatusCode.UnprocessableEntity, "须上传一个证据文件", EvidenceFiles.Fields(), []),
            new("two files", HttpStatusCode.UnprocessableEntity, "只能上传一个", EvidenceFiles.Fields(), [photo, photo]),
            new("a file under another field name", HttpStatusCode.UnprocessableEntity, "只接受一个名为 file 的文件字段",
                EvidenceFiles.Fields(), [photo with { Field = "attachment" }]),
        ];
        return cases.Select(c => new TestCaseData(c).SetName($"Refused and nothing stored: {c.Name}"));
    }

    [TestCaseSource(nameof(BadUploads))]
    public async Task Refused_and_nothing_stored(Bad bad)
    {
        var caseId = bad.UnknownCase ? Guid.NewGuid().ToString() : _caseId;
        var (status, problem) = await EvidenceFiles.Upload(_host.Http, caseId, bad.Fields, bad.FilesFirst, bad.Files);
        await AssertNothingStored();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(bad.Status), problem?.ToJsonString());
            Assert.That(problem?["detail"]?.GetValue<string>(), Does.Contain(bad.DetailContains));
        });
    }

    [Test]
    public async Task A_JSON_body_is_refused_with_415()
    {
        using var response = await _host.Http.PostAsJsonAsync($"/api/cases/{_caseId}/evidence", new { step = "arrival", kind = "photo" });
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        await AssertNothingStored();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(problem!["detail"].ToString(), Does.Contain("multipart/form-data"));
        });
    }

    [TestCase("a text field", "--cut\r\nContent-Disposition: form-data; name=\"step\"\r\n\r\narri")]
    [TestCase("the file, half streamed", "--cut\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nphoto\r\n"
        + "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\u00e0 half a photo")]
    public async Task A_form_cut_off_before_its_closing_boundary_is_refused_with_400(string where, string body)
    {
        using var content = new ByteArrayContent(System.Text.Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");
        using var response = await _host.Http.PostAsync($"/api/cases/{_caseId}/evidence", content);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        await AssertNothingStored();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), where);
            Assert.That(problem!["detail"].ToString(), Does.Contain("表单不完整"));
        });
    }

    private async Task AssertNothingStored()
    {
        var actions = (await _host.Api.GetOk($"/api/audit?entityType=case&entityId={_caseId}")).AsArray()
            .Select(e => e!["action"]!.GetValue<string>());
        var listed = (await _host.Api.GetOk($"/api/cases/{_caseId}/evidence")).AsArray();
        var rows = await EvidenceFiles.RowCount(_host.DataDir);
        Assert.Multiple(() =>
        {
            Assert.That(EvidenceFiles.StoredFiles(_host.DataDir), Is.Empty, "no file, not even a staging file");
            Assert.That(rows, Is.Zero, "no row");
            Assert.That(listed, Is.Empty);
            Assert.That(actions, Has.None.StartsWith("evidence-"));
        });
    }
}
