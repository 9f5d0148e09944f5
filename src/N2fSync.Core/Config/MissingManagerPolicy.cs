namespace N2fSync.Config;

/// <summary>What to do when a user's manager is neither in the source nor in N2F.</summary>
public enum MissingManagerPolicy { Fail, SendEmpty }
