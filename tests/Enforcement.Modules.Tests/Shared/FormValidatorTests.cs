using System.Text.Json;
using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Shared;

[TestFixture]
public sealed class FormValidatorTests
{
    private static readonly FormDefinition Form = new("TEST-F", "测试检查记录",
    [
        new FormField("site", "现场位置", FieldType.Location),
        FormField.Choice("finding", "检查结论", "存在违法行为", "未发现违法行为"),
        FormField.Number("grills", "炉具数量", "个", 0, 100, required: false),
        new FormField("observedAt", "检查时间", FieldType.DateTime),
        new FormField("tags", "情形", FieldType.MultiChoice, Required: false) { Options = ["占道", "油烟", "噪声"] },
        new FormField("photos", "现场照片", FieldType.Photo),
        new FormField("video", "执法记录仪视频", FieldType.Video, Required: false),
        new FormField("notes", "情况说明", FieldType.Text, Required: false),
    ]);

    private const string Valid = """
        {
          "site": { "lat": 31.2304, "lng": 121.4737 },
          "finding": "存在违法行为",
          "grills": 2,
          "observedAt": "2026-11-27T10:30:00+08:00",
          "tags": ["占道", "油烟"],
          "photos": ["ev-001", "ev-002"],
          "video": "ev-003",
          "notes": "夜市路口"
        }
        """;

    private static Dictionary<string, JsonElement> Data(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    /// <summary>The valid record with one field replaced (or removed, when <paramref name="json"/> is null).</summary>
    private static IReadOnlyList<FieldError> ValidateWith(string field, string? json)
    {
        var data = Data(Valid);
        if (json is null) data.Remove(field);
        else data[field] = Data($$"""{ "v": {{json}} }""")["v"];
        return FormValidator.Validate(Form, data);
    }

    private static IEnumerable<string> Fields(IReadOnlyList<FieldError> errors) => errors.Select(e => e.Field);

    [Test]
    public void A_complete_valid_record_has_no_errors() =>
        Assert.That(FormValidator.Validate(Form, Data(Valid)), Is.Empty);

    [Test]
    public void Only_the_required_fields_are_required()
    {
        var errors = FormValidator.Validate(Form, new Dictionary<string, JsonElement>());
        Assert.Multiple(() =>
        {
            Assert.That(Fields(errors), Is.EquivalentTo(new[] { "site", "finding", "observedAt", "photos" }));
            Assert.That(errors.Single(e => e.Field == "site").Message, Is.EqualTo("现场位置为必填项"));
        });
    }

    [TestCase("null")]
    [TestCase("\"\"")]
    [TestCase("\"   \"")]
    [TestCase("[]")]
    public void Null_blank_and_empty_values_count_as_missing(string json)
    {
        var errors = ValidateWith("photos", json);
        Assert.That(errors.Select(e => (e.Field, e.Message)), Is.EqualTo(new[] { ("photos", "现场照片为必填项") }));
    }

    [TestCase(null)]
    [TestCase("null")]
    [TestCase("\"\"")]
    public void A_missing_optional_field_is_fine(string? json) =>
        Assert.That(ValidateWith("notes", json), Is.Empty);

    [Test]
    public void An_unknown_field_is_rejected()
    {
        var data = Data(Valid);
        data["colour"] = Data("""{ "v": "红" }""")["v"];
        var errors = FormValidator.Validate(Form, data);
        Assert.Multiple(() =>
        {
            Assert.That(Fields(errors), Is.EqualTo(new[] { "colour" }));
            Assert.That(errors[0].Message, Does.Contain("测试检查记录").And.Contain("colour"));
        });
    }

    // ---- numbers -------------------------------------------------------------------------------

    [TestCase("0")]
    [TestCase("100")]
    [TestCase("3.5")]
    public void A_number_within_its_range_passes(string json) =>
        Assert.That(ValidateWith("grills", json), Is.Empty);

    [TestCase("-1", "炉具数量不得小于 0个")]
    [TestCase("101", "炉具数量不得大于 100个")]
    [TestCase("\"5\"", "炉具数量应为数字（单位：个）")]
    [TestCase("true", "炉具数量应为数字（单位：个）")]
    public void A_number_out_of_range_or_not_a_number_is_rejected_with_its_unit(string json, string message) =>
        Assert.That(ValidateWith("grills", json).Select(e => (e.Field, e.Message)), Is.EqualTo(new[] { ("grills", message) }));

    // ---- choices -------------------------------------------------------------------------------

    [TestCase("\"存在违法行为\"", true)]
    [TestCase("\"未发现违法行为\"", true)]
    [TestCase("\"有违法\"", false)]
    [TestCase("1", false)]
    [TestCase("[\"存在违法行为\"]", false)]
    public void A_choice_must_be_one_of_its_options(string json, bool ok)
    {
        var errors = ValidateWith("finding", json);
        if (ok) Assert.That(errors, Is.Empty);
        else Assert.That(errors.Single().Message, Is.EqualTo("检查结论须从以下选项中选择：存在违法行为、未发现违法行为"));
    }

    [TestCase("[\"噪声\"]", true)]
    [TestCase("[\"占道\", \"噪声\"]", true)]
    [TestCase("[\"占道\", \"扬尘\"]", false)]
    [TestCase("\"占道\"", false)]
    [TestCase("[1]", false)]
    public void A_multi_choice_must_be_a_list_of_its_options(string json, bool ok) =>
        Assert.That(ValidateWith("tags", json).Any(e => e.Field == "tags"), Is.EqualTo(!ok));

    // ---- date and time -------------------------------------------------------------------------

    [TestCase("\"2026-11-27T10:30:00+08:00\"")]
    [TestCase("\"2026-11-27T02:30:00Z\"")]
    [TestCase("\"2026-11-27T10:30+08:00\"")]
    public void A_date_time_with_a_time_zone_in_T_form_passes(string json) =>
        Assert.That(ValidateWith("observedAt", json), Is.Empty);

    [TestCase("\"2026-11-27 10:30:00+08:00\"")]
    [TestCase("\"2026-11-27\"")]
    [TestCase("\"昨天晚上\"")]
    [TestCase("1764210600")]
    public void A_date_time_not_in_T_form_is_rejected(string json) =>
        Assert.That(ValidateWith("observedAt", json).Select(e => (e.Field, e.Message)),
            Is.EqualTo(new[] { ("observedAt", "检查时间应为带时区的日期时间，如 2026-11-27T10:30:00+08:00") }));

    /// <summary>The message asks for a time zone; a local time without one is ambiguous evidence.</summary>
    [Test]
    public void A_date_time_without_a_time_zone_is_rejected() =>
        Assert.That(Fields(ValidateWith("observedAt", "\"2026-11-27T10:30:00\"")), Is.EqualTo(new[] { "observedAt" }),
            "FormValidator accepts a 'T' date-time with no offset, though its message demands a time zone (带时区)");

    // ---- location ------------------------------------------------------------------------------

    [TestCase("""{ "lat": 31.2304, "lng": 121.4737 }""")]
    [TestCase("""{ "lat": -90, "lng": 180 }""")]
    [TestCase("""{ "address": "某街道某路12号门前" }""")]
    [TestCase("""{ "lat": 91, "lng": 0, "address": "某路口" }""")]
    public void A_location_needs_a_valid_point_or_an_address(string json) =>
        Assert.That(ValidateWith("site", json), Is.Empty);

    [TestCase("""{ "lat": 91, "lng": 121 }""")]
    [TestCase("""{ "lat": 31, "lng": 181 }""")]
    [TestCase("""{ "lat": 31.2 }""")]
    [TestCase("""{ "lat": "31.2", "lng": "121.4" }""")]
    [TestCase("""{ "address": "  " }""")]
    [TestCase("""{ "city": "上海" }""")]
    public void A_location_without_a_valid_point_or_address_is_rejected(string json) =>
        Assert.That(ValidateWith("site", json).Select(e => (e.Field, e.Message)),
            Is.EqualTo(new[] { ("site", "现场位置须给出有效经纬度（lat、lng）或地址（address）") }));

    [TestCase("\"某路口\"")]
    [TestCase("[31.2, 121.4]")]
    public void A_location_that_is_not_an_object_is_rejected(string json) =>
        Assert.That(ValidateWith("site", json).Single().Message, Is.EqualTo("现场位置应为位置（经纬度或地址）"));

    // ---- evidence ------------------------------------------------------------------------------

    [TestCase("\"ev-001\"")]
    [TestCase("[\"ev-001\"]")]
    [TestCase("[\"ev-001\", \"ev-002\"]")]
    public void Evidence_is_a_reference_or_a_list_of_references(string json) =>
        Assert.That(ValidateWith("photos", json), Is.Empty);

    [TestCase("[\"ev-001\", \"\"]")]
    [TestCase("[1, 2]")]
    [TestCase("42")]
    [TestCase("""{ "id": "ev-001" }""")]
    public void Evidence_that_is_not_references_is_rejected(string json) =>
        Assert.That(ValidateWith("photos", json).Select(e => (e.Field, e.Message)),
            Is.EqualTo(new[] { ("photos", "现场照片应为证据编号或证据编号列表") }));

    [Test]
    public void Video_evidence_is_checked_like_photos() =>
        Assert.That(ValidateWith("video", "[3]").Single().Message, Is.EqualTo("执法记录仪视频应为证据编号或证据编号列表"));

    // ---- text ----------------------------------------------------------------------------------

    [Test]
    public void Text_must_be_a_string() =>
        Assert.That(ValidateWith("notes", "12").Single().Message, Is.EqualTo("情况说明应为文字"));

    [Test]
    public void Every_error_is_reported_not_only_the_first()
    {
        var data = Data(Valid);
        data["grills"] = Data("""{ "v": 500 }""")["v"];
        data["finding"] = Data("""{ "v": "不知道" }""")["v"];
        data.Remove("photos");
        data["extra"] = Data("""{ "v": 1 }""")["v"];
        Assert.That(Fields(FormValidator.Validate(Form, data)), Is.EquivalentTo(new[] { "grills", "finding", "photos", "extra" }));
    }
}
