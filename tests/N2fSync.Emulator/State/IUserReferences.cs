

namespace N2fSync.Emulator;

/// <summary>What validating a user payload needs to look up; implemented by the state while it holds its lock.</summary>
internal interface IUserReferences
{
    EmulatedCompany? FindCompany(string uuid);

    IEnumerable<NamedItem> Roles { get; }

    IEnumerable<NamedItem> Profiles { get; }

    EmulatedUser? FindUser(string mail);
}
