namespace Enforcement.Shared.Forms;

/// <summary>How each form field type is offered as an Open311 GeoReport v2 service attribute.</summary>
public static class Open311Types
{
    /// <summary>The GeoReport v2 <c>datatype</c> of a field: string, number, datetime, text, singlevaluelist or multivaluelist.</summary>
    public static string DataType(this FieldType type) => type switch
    {
        FieldType.Text => "text",
        FieldType.Number => "number",
        FieldType.Choice => "singlevaluelist",
        FieldType.MultiChoice => "multivaluelist",
        FieldType.DateTime => "datetime",
        // A place and an evidence reference travel as strings (an address or "lat,long"; a media URL or id).
        FieldType.Location or FieldType.Photo or FieldType.Video or FieldType.Audio => "string",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
