namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private static DeviceRecord Device(string id, int day) =>
        new(id, "ios", "1.0", "17", new DateTimeOffset(2024, 1, day, 0, 0, 0, TimeSpan.Zero), Json("""{"push":true}"""));

    [Fact]
    public async Task Devices_of_many_profiles_load_in_one_call_newest_first()
    {
        Assert.True(await Store.UpsertDeviceAsync(Project, "p1", Device("d-old", 1)));
        Assert.True(await Store.UpsertDeviceAsync(Project, "p1", Device("d-new", 9)));
        Assert.True(await Store.UpsertDeviceAsync(Project, "p2", Device("d-2", 5)));
        Assert.True(await Store.UpsertDeviceAsync(Project, "p1", Device("d-old", 3) with { AppVersion = "2.0" }));

        var devices = await Store.GetDevicesAsync(Project, ["p1", "p2", "p3"]);
        Assert.Equal(["d-new", "d-old"], devices["p1"].Select(d => d.RegistrationId));
        Assert.Equal("2.0", devices["p1"][1].AppVersion);
        Assert.Equal(new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero), devices["p1"][1].LastActive);
        AssertJson("""{"push":true}""", devices["p1"][1].Properties);
        Assert.Equal(["d-2"], devices["p2"].Select(d => d.RegistrationId));
        Assert.Empty(devices["p3"]);
    }

    [Fact]
    public async Task A_device_binds_to_one_profile_and_goes_with_it()
    {
        await SeedAsync(("p1", "{}"));
        Assert.True(await Store.UpsertDeviceAsync(Project, "p1", Device("d", 1)));
        Assert.False(await Store.UpsertDeviceAsync(Project, "p2", Device("d", 2)));
        Assert.True(await Store.UpsertDeviceAsync(Project + "-b", "p2", Device("d", 2)));
        Assert.False(await Store.RemoveDeviceAsync(Project, "p2", "d"));

        Assert.True(await Store.DeleteAsync(Project, "p1"));
        Assert.Empty((await Store.GetDevicesAsync(Project, ["p1"]))["p1"]);
        Assert.True(await Store.UpsertDeviceAsync(Project, "p2", Device("d", 2)));
        Assert.True(await Store.RemoveDeviceAsync(Project, "p2", "d"));
        Assert.Single((await Store.GetDevicesAsync(Project + "-b", ["p2"]))["p2"]);
    }
}
