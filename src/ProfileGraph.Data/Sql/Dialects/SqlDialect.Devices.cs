namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>Statements on the devices child table.</summary>
internal abstract partial class SqlDialect
{
    /// <summary>Inserts or refreshes a device; touches no row when the device belongs to another profile.</summary>
    public SqlStatement UpsertDevice(ProjectScope scope, string profileId, DeviceRecord device, string propertiesJson)
    {
        var ps = new SqlParameters();
        var values = string.Join(", ",
            ps.Add(scope.Project, SqlParamType.Text), ps.Add(device.RegistrationId, SqlParamType.Text), ps.Add(profileId, SqlParamType.Text),
            ps.Add(device.Platform, SqlParamType.Text), ps.Add(device.AppVersion, SqlParamType.Text), ps.Add(device.Os, SqlParamType.Text),
            ps.Add(TimestampValue(ValueCoercer.Truncate(device.LastActive)), SqlParamType.Timestamp), ps.Add(propertiesJson, SqlParamType.Json));
        return new(
            $"INSERT INTO devices (project, registration_id, profile_id, platform, app_version, os, last_active, properties) VALUES ({values}) "
            + "ON CONFLICT (project, registration_id) DO UPDATE SET platform = excluded.platform, app_version = excluded.app_version, "
            + "os = excluded.os, last_active = excluded.last_active, properties = excluded.properties WHERE devices.profile_id = excluded.profile_id",
            ps.Items);
    }

    public SqlStatement RemoveDevice(ProjectScope scope, string profileId, string registrationId)
    {
        var ps = new SqlParameters();
        var where = $"{Scope(scope, ps)} AND registration_id = {ps.Add(registrationId, SqlParamType.Text)} AND profile_id = {ps.Add(profileId, SqlParamType.Text)}";
        return new($"DELETE FROM devices WHERE {where}", ps.Items);
    }

    public SqlStatement DeleteDevicesOf(ProjectScope scope, string profileId)
    {
        var ps = new SqlParameters();
        return new($"DELETE FROM devices WHERE {Scope(scope, ps)} AND profile_id = {ps.Add(profileId, SqlParamType.Text)}", ps.Items);
    }

    /// <summary>The devices of many profiles in one statement, newest <c>last_active</c> first per profile.</summary>
    public SqlStatement ListDevices(ProjectScope scope, FieldDefinition idField, IReadOnlyList<string> profileIds)
    {
        var ps = new SqlParameters();
        var where = $"{Scope(scope, ps)} AND {InList("profile_id", idField, profileIds.Distinct().ToList<object>(), ps)}";
        return new(
            $"SELECT profile_id, registration_id, platform, app_version, os, last_active, properties FROM devices WHERE {where} "
            + "ORDER BY profile_id, last_active DESC, registration_id",
            ps.Items);
    }
}
