using System.Text;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>
/// Global object ids in HotChocolate's v14+ form, <c>base64("Profile:" + profileId)</c>; the legacy form
/// <c>base64("Profile\n" + "s" + profileId)</c> is accepted on input too.
/// </summary>
internal static class NodeId
{
    public const string ProfileType = "Profile";

    public static string Encode(string typeName, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id));

    public static bool TryDecode(string? value, out string typeName, out string id)
    {
        typeName = id = "";
        if (string.IsNullOrEmpty(value) || value.Length > 1024)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(value));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline > 0 && (colon < 0 || newline < colon) && text.Length > newline + 2 && text[newline + 1] == 's')
        {
            typeName = text[..newline];
            id = text[(newline + 2)..];
            return true;
        }

        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        id = text[(colon + 1)..];
        return true;
    }
}
