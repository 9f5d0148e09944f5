using System.Text.RegularExpressions;

namespace N2fSync.Config;

/// <summary>Checks <c>source:</c> once it is complete: the provider's location, view names, query files.</summary>
internal static class SourceRules
{
    // View names end up in SQL text: allow identifier characters only (a schema prefix and [brackets] included).
    private static readonly Regex ViewName = new(@"^[A-Za-z0-9_.\[\]]+$", RegexOptions.CultureInvariant);

    public static void Check(ConfigReadContext ctx, string path, SourceOptions source)
    {
        if (!ctx.HasFailed("source.provider"))
            CheckLocation(ctx, source);

        CheckView(ctx, "source.users", source.Users, source.Provider);
        CheckView(ctx, "source.analytics", source.Analytics, source.Provider);
    }

    private static void CheckLocation(ConfigReadContext ctx, SourceOptions source)
    {
        var near = ctx.Nearest("source.provider", "source");
        switch (source.Provider)
        {
            case SourceProvider.SqlServer when string.IsNullOrWhiteSpace(source.ConnectionString):
                ctx.ErrorNear("source.connectionString", near, "is required when provider is sqlserver (e.g. 'Server=sql01;Database=Agresso;Encrypt=True').");
                break;
            case SourceProvider.Sqlite when string.IsNullOrWhiteSpace(source.Path):
                ctx.ErrorNear("source.path", near, "is required when provider is sqlite (the database file, e.g. ./agresso.db).");
                break;
            case SourceProvider.Sqlite when !File.Exists(source.Path):
                ctx.Warning("source.path", $"no file at '{source.Path}' yet; the sync will fail until it exists.");
                break;
            case SourceProvider.Csv when string.IsNullOrWhiteSpace(source.Folder):
                ctx.ErrorNear("source.folder", near, "is required when provider is csv (the folder holding the <view>.csv files, e.g. ./csv).");
                break;
            case SourceProvider.Csv when !Directory.Exists(source.Folder):
                ctx.Warning("source.folder", $"no folder at '{source.Folder}' yet; the sync will fail until it exists.");
                break;
        }
    }

    private static void CheckView(ConfigReadContext ctx, string path, ViewOptions view, SourceProvider provider)
    {
        var viewKey = path + ".view";
        if (string.IsNullOrWhiteSpace(view.View))
            ctx.ErrorNear(viewKey, ctx.Nearest(viewKey, path), "is required (the view, table or CSV file stem to read).");
        else if (!ViewName.IsMatch(view.View))
            ctx.Error(viewKey, $"'{view.View}' is not a view name; use letters, digits, _ and . (e.g. dbo.iris_N2F_User).");

        var queryKey = path + ".query";
        if (view.Query is null || ctx.HasFailed(queryKey))
            return;
        if (provider == SourceProvider.Csv)
            ctx.Warning(queryKey, "is ignored with the csv provider (a query applies to SQL sources only).");
        else if (!File.Exists(view.Query))
            ctx.Error(queryKey, $"no query file at '{view.Query}'.");
    }
}
