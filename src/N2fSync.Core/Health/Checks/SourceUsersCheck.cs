using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Mapping;
using N2fSync.Normalization;
using N2fSync.Scopes;

namespace N2fSync.Health.Checks;

/// <summary>The users view can be read, has the columns the sync sends, and how many rows each company has.</summary>
internal sealed class SourceUsersCheck : IConnectionCheck
{
    // Read for pending renames; a view without it syncs, but never reports a rename.
    private static readonly string[] Optional = ["Nouveau_Email"];

    public string Name => "SourceUsers";

    public Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        var config = context.Config;
        try
        {
            var view = AgressoQueries.ForUsers(config.Source.Users, config.Users.ExtraFields);
            var count = SourceViewCount.Read(context.Session.SourceFactory(), view,
                row => (ScopeNames.Users, Text.Clean(row["Entreprise"]).ToUpperInvariant()), cancellationToken);
            return Task.FromResult(Judge(context, view, count));
        }
        catch (AgressoSourceException e)
        {
            return Task.FromResult(CheckVerdict.Fail(e.Message));
        }
    }

    private static CheckVerdict Judge(ConnectionTestContext context, AgressoView view, SourceViewCount count)
    {
        var where = $"{view.Name} ({context.Config.Source.Provider.ToString().ToLowerInvariant()})";
        if (count.Rows == 0)
            return CheckVerdict.Warn($"{where} is empty: its columns cannot be checked, and a run would write nothing (an empty source never deletes).");
        var required = UserField.Sent(context.Config.Users.ExtraFields).Select(f => f.Column);
        if (count.Missing(required) is { Count: > 0 } missing)
            return CheckVerdict.Fail($"{where} has no column {string.Join(", ", missing)}; the users view must have every mapped column (Get-Help about_N2fSync_Config, source.users).");
        var companies = count.Counts[ScopeNames.Users];
        context.SourceCompanies[ScopeNames.Users] = new Dictionary<string, int>(companies, StringComparer.OrdinalIgnoreCase);
        var detail = $"{count.Rows} row(s) in {where}: {SourceViewCount.Describe(companies)}";
        return count.Missing(Optional) is { Count: > 0 } absent
            ? CheckVerdict.Warn($"{detail}; no column {string.Join(", ", absent)}: pending e-mail changes are not reported.")
            : CheckVerdict.Pass(detail);
    }
}
