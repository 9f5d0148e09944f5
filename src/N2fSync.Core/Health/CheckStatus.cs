namespace N2fSync.Health;

/// <summary>How one check of Test-N2fConnection went: fine, worth a look before the first run, or in the way of a run.</summary>
public enum CheckStatus { Pass, Warn, Fail }
