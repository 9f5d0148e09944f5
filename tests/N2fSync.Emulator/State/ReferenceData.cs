

namespace N2fSync.Emulator;

/// <summary>
/// The reference account of docs/domain.md (§9): two Belgian companies, the three roles and two profiles in
/// French, Dutch and English, and per company a plate and a subpost axis. The axis uuids differ per company on
/// purpose: the earlier tool assumed one uuid everywhere.
/// </summary>
public static class ReferenceData
{
    public const string Company1Uuid = "c-1";
    public const string Company1Code = "BE01";
    public const string Company2Uuid = "c-2";
    public const string Company2Code = "BE02";

    public const string RoleUserUuid = "5d0c1a2e-7f1b-4c1e-9a10-000000000001";
    public const string RoleManagerUuid = "5d0c1a2e-7f1b-4c1e-9a10-000000000002";
    public const string RoleAdministratorUuid = "5d0c1a2e-7f1b-4c1e-9a10-000000000003";

    public const string ProfileStandardUuid = "8b7e3f40-2c6d-4e8a-b1f2-000000000001";
    public const string ProfileExecutiveUuid = "8b7e3f40-2c6d-4e8a-b1f2-000000000002";

    public const string Company1PlaqueAxisUuid = "a1c0ffee-1111-4a00-8000-00000000c101";
    public const string Company1SubpostAxisUuid = "a1c0ffee-2222-4a00-8000-00000000c102";
    public const string Company2PlaqueAxisUuid = "b2c0ffee-1111-4b00-8000-00000000c201";
    public const string Company2SubpostAxisUuid = "b2c0ffee-2222-4b00-8000-00000000c202";

    internal static void SeedInto(EmulatorState state)
    {
        state.AddCompany(Company1Uuid, Company1Code, "Exemple Belgique SA");
        state.AddCompany(Company2Uuid, Company2Code, "Voorbeeld België NV");

        state.AddRole(RoleUserUuid, ("fr", "Utilisateur"), ("nl", "Gebruiker"), ("en", "User"));
        state.AddRole(RoleManagerUuid, ("fr", "Manager"), ("nl", "Manager"), ("en", "Manager"));
        state.AddRole(RoleAdministratorUuid, ("fr", "Administrateur"), ("nl", "Beheerder"), ("en", "Administrator"));

        state.AddProfile(ProfileStandardUuid, ("fr", "Standard"), ("nl", "Standaard"), ("en", "Standard"));
        state.AddProfile(ProfileExecutiveUuid, ("fr", "Cadre"), ("nl", "Kader"), ("en", "Executive"));

        AddAxes(state, Company1Uuid, Company1PlaqueAxisUuid, Company1SubpostAxisUuid);
        AddAxes(state, Company2Uuid, Company2PlaqueAxisUuid, Company2SubpostAxisUuid);
    }

    private static void AddAxes(EmulatorState state, string companyUuid, string plaqueUuid, string subpostUuid)
    {
        state.AddAxis(companyUuid, plaqueUuid, ("fr", "plaque"), ("nl", "nummerplaat"), ("en", "plate"));
        state.AddAxis(companyUuid, subpostUuid, ("fr", "subpost"), ("nl", "subpost"), ("en", "subpost"));
    }
}
