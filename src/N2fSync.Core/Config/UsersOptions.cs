namespace N2fSync.Config;

/// <summary>The choices that shape user payloads.</summary>
public sealed class UsersOptions
{
    /// <summary>Optional N2F fields the earlier tool mapped but never sent (<see cref="UsersDefaults.ExtraFieldChoices"/>);
    /// off unless listed, in their canonical spelling.</summary>
    public List<string> ExtraFields { get; set; } = [];

    /// <summary>What to do when a user's manager is neither in the source nor in N2F.</summary>
    public MissingManagerPolicy MissingManager { get; set; } = UsersDefaults.MissingManager;

    public string DefaultRole { get; set; } = UsersDefaults.DefaultRole;
    public string DefaultProfile { get; set; } = UsersDefaults.DefaultProfile;
    public string DefaultStructure { get; set; } = UsersDefaults.DefaultStructure;
}
