using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProfileApi(builder.Configuration);

var app = builder.Build();
app.MapProfileGraph();
app.Run();
