

namespace N2fSync.N2f.Http;

/// <summary>No client id or secret was given by the config, the environment or -Credential.</summary>
public sealed class N2fCredentialsMissingException() : Exception(
    "N2F credentials are missing: set N2F_CLIENT_ID and N2F_CLIENT_SECRET, reference them in the config "
    + "(n2f.clientId: ${N2F_CLIENT_ID}), or pass -Credential.");
