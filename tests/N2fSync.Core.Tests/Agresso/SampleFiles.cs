using Microsoft.Data.Sqlite;

namespace N2fSync.Tests.Agresso;

/// <summary>Finds the repository's samples and builds scratch files for the source tests.</summary>
internal static class SampleFiles
{
    public const string UsersView = "iris_N2F_User";
    public const string AnalyticsView = "iris_N2F_Analytics";

    /// <summary>The repository root: the first folder above the test binaries that holds N2fSync.psd1.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "N2fSync.psd1"))) return dir.FullName;
        throw new InvalidOperationException($"No N2fSync.psd1 above {AppContext.BaseDirectory}.");
    }

    /// <summary>The users table of the sample, empty: every column of the view, as text.</summary>
    public const string UsersTable = """
        CREATE TABLE iris_N2F_User (
            AdresseEmail TEXT, Prenom TEXT, Nom TEXT, Entreprise TEXT, Fonction TEXT, Role TEXT, Profil TEXT, Manager TEXT,
            Compte_Auxiliaire_Agresso TEXT, Moyen_Paiement_Prof TEXT, Compte_Auxiliaire2 TEXT, Matricule TEXT, Centre_Cout TEXT,
            Creation_Vehicule TEXT, Appro_Veh_Adm TEXT, Deduction_Distance_TravDom TEXT, Distance_TravDom TEXT, Devise TEXT,
            langue TEXT, Structure TEXT, Champs_Liaison_SSO TEXT, Droit_Relever_Plafond TEXT, Methode_SSO TEXT,
            Update_Champs_Perso TEXT, Nouveau_Email TEXT, Action TEXT, CompanyID TEXT, LocationID TEXT, DivisionID TEXT);
        """;

    /// <summary>Runs SQL against a new SQLite file (unpooled, so the file is free again when this returns).</summary>
    public static string CreateSqlite(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return path;
    }
}

/// <summary>A temporary folder deleted after the test; samples are copied here so no test can alter them.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "n2fsync-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies samples/<paramref name="relative"/> into this folder and returns the copy's path.</summary>
    public string CopySample(string relative)
    {
        var target = File(System.IO.Path.GetFileName(relative));
        System.IO.File.Copy(System.IO.Path.Combine(SampleFiles.Samples, relative), target);
        return target;
    }

    /// <summary>Writes a file as UTF-8, with a BOM when asked, and returns its path.</summary>
    public string Write(string name, string text, bool bom = false)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
