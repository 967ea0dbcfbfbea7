using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Shared;

public sealed class Open311TypesTests
{
    [TestCase(FieldType.Text, "text")]
    [TestCase(FieldType.Number, "number")]
    [TestCase(FieldType.Choice, "singlevaluelist")]
    [TestCase(FieldType.MultiChoice, "multivaluelist")]
    [TestCase(FieldType.DateTime, "datetime")]
    [TestCase(FieldType.Location, "string")]
    [TestCase(FieldType.Photo, "string")]
    [TestCase(FieldType.Video, "string")]
    [TestCase(FieldType.Audio, "string")]
    public void Each_field_type_maps_to_a_GeoReport_datatype(FieldType type, string datatype) =>
        Assert.That(type.DataType(), Is.EqualTo(datatype));

    [Test]
    public void Every_field_type_has_a_mapping() =>
        Assert.That(Enum.GetValues<FieldType>().Select(t => t.DataType()),
            Is.All.AnyOf("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"));
}
