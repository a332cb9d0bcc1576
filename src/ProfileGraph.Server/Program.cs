using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProfileApi(builder.Configuration);

var app = builder.Build();
if (KeyCommand.Matches(args))
{
    return await KeyCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.MapProfileGraph();
await app.RunAsync();
return 0;
