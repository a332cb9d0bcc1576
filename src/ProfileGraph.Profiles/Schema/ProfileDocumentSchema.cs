using ProfileGraph.Data;
using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Schema;

/// <summary>
/// The store catalogue of a profile document: the standard fields, the nested identity, contact and
/// account objects, the open <c>properties</c> object with the declared properties typed (indexed where declared <c>@index</c>),
/// and the open <c>ext</c> object for server-kept data such as devices.
/// </summary>
public static class ProfileDocumentSchema
{
    /// <summary>Body path of the custom properties.</summary>
    public const string PropertiesPath = "properties";

    /// <summary>Body path of the device list.</summary>
    public const string DevicesPath = "ext.devices";

    internal static readonly string[] StandardStringFields =
        ["firstName", "lastName", "nickname", "email", "avatar", "phone", "gender", "birth", "sign", "city", "province", "country", "language"];

    /// <summary>The filterable fields of one device in <see cref="DevicesPath"/>; its <c>properties</c> are kept as written.</summary>
    internal static readonly (string Name, FieldType Type)[] DeviceFields =
        [("registrationId", FieldType.String), ("platform", FieldType.String), ("appVersion", FieldType.String), ("os", FieldType.String), ("lastActive", FieldType.DateTime)];

    internal static readonly string[] ContactFields = ["email", "mobilePhone", "landlinePhone", "whatsappPhone"];

    /// <summary>Creates the catalogue for the given declarations.</summary>
    public static DocumentSchema Create(PropertyDeclarations declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        var schema = new DocumentSchema(PropertiesPath);
        foreach (var field in StandardStringFields)
        {
            schema.Add(field, FieldType.String, indexed: field is "email" or "nickname" or "gender");
        }

        schema.AddObject("identities");
        schema.Add("identities.userId", FieldType.String, indexed: true);
        schema.Add("identities.anonymousIds", FieldType.String, list: true);
        schema.Add("identities.registrationIds", FieldType.String, list: true);
        schema.Add("identities.openId", FieldType.String);
        schema.Add("identities.unionId", FieldType.String);

        schema.AddObject("contacts");
        foreach (var field in ContactFields)
        {
            schema.Add("contacts." + field, FieldType.String);
        }

        schema.Add("groups", FieldType.String, list: true);
        schema.AddObject("account");
        schema.Add("account.username", FieldType.String);
        schema.Add("account.usernameKey", FieldType.String, indexed: true);
        schema.Add("account.email", FieldType.String);
        schema.Add("account.emailKey", FieldType.String, indexed: true);
        schema.Add("account.phone", FieldType.String);
        schema.Add("account.phoneVerified", FieldType.Bool);
        schema.Add("account.passwordHash", FieldType.String);
        schema.Add("propertiesSize", FieldType.Int);

        schema.AddObject(PropertiesPath, open: true);
        foreach (var declaration in declarations.All)
        {
            schema.Add(PropertiesPath + "." + declaration.Name, ToFieldType(declaration.Scalar), indexed: declaration.IsIndexed, list: declaration.IsList);
        }

        schema.AddObject("ext", open: true);
        schema.AddObjectList(DevicesPath, DeviceFields);

        // The segment lists users migrate from: a gender, a created-at range, newest first, often a nickname
        // test. One index answers the page and, with the nickname inside it, the count without reading rows.
        schema.AddCompoundIndex(["gender", "createdAt"], include: ["nickname"]);
        return schema;
    }

    private static FieldType ToFieldType(PropertyScalar scalar) => scalar switch
    {
        PropertyScalar.Int or PropertyScalar.Long => FieldType.Int,
        PropertyScalar.Float => FieldType.Float,
        PropertyScalar.Boolean => FieldType.Bool,
        PropertyScalar.DateTime => FieldType.DateTime,
        _ => FieldType.String,
    };
}
