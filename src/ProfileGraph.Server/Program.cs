using ProfileGraph.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProfileGraph();

var app = builder.Build();
app.MapProfileGraph();
app.Run();
