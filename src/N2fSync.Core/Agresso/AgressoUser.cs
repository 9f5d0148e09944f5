using N2fSync.Mapping;

namespace N2fSync.Agresso;

/// <summary>A normalized row of the Agresso users view (domain.md §3.1 and 4.1).</summary>
public sealed class AgressoUser : AgressoEntity
{
    private static readonly int MailAt = UserField.IndexOf("mail");
    private static readonly int FirstNameAt = UserField.IndexOf("firstname");
    private static readonly int LastNameAt = UserField.IndexOf("lastname");
    private static readonly int CompanyAt = UserField.IndexOf("company");
    private static readonly int RoleAt = UserField.IndexOf("role");
    private static readonly int ProfileAt = UserField.IndexOf("profile");
    private static readonly int ManagerMailAt = UserField.IndexOf("managerMail");
    private static readonly int JobTitleAt = UserField.IndexOf("jobTitle");
    private static readonly int EmployeeNumberAt = UserField.IndexOf("employeeNumber");
    private static readonly int CultureAt = UserField.IndexOf("culture");
    private static readonly int CurrencyAt = UserField.IndexOf("currencyIsoCode");
    private static readonly int StructureAt = UserField.IndexOf("structure");
    private static readonly int AuthModeAt = UserField.IndexOf("authMode");
    private static readonly int AccountAt = UserField.IndexOf("accountingAuxiliaryAccount");
    private static readonly int CanCreateVehicleAt = UserField.IndexOf("canCreateVehicle");
    private static readonly int CarApprovalAt = UserField.IndexOf("personnalCarHaveToBeApproved");
    private static readonly int HomeWorkAt = UserField.IndexOf("removeHomeWorkDistance");
    private static readonly int ProPaymentAt = UserField.IndexOf("gotProPayment");
    private static readonly int RaiseLimitsAt = UserField.IndexOf("canRaiseLimits");
    private static readonly int CostCenterAt = UserField.IndexOf("defaultCostCenter");
    private static readonly int SsoLoginAt = UserField.IndexOf("ssoLogin");
    private static readonly int NotReimbursableAt = UserField.IndexOf("accountingAuxiliaryNotReimbursableAccount");
    private static readonly int OwnAnalyticsAt = UserField.IndexOf("canDefineHisAnalytics");

    // Not a dictionary per row: 100 000 users are held at once while planning. Text fields each have a slot of
    // _texts; flags a bit of _flags (and of _flagsSet, so an unset flag still reads as absent).
    private static readonly bool[] IsFlag = UserField.All.Select(f => f.Kind == UserFieldKind.Flag).ToArray();
    private static readonly int[] Slot = SlotsOf(IsFlag);
    private static readonly int TextCount = IsFlag.Count(flag => !flag);
    private static readonly object True = true, False = false;
    private readonly object?[] _texts = new object?[TextCount];
    private int _flags;
    private int _flagsSet;

    internal AgressoUser(int rowNumber) : base(Scopes.ScopeNames.Users, rowNumber) { }

    public override string Key => Mail;
    public override string Company => Text(CompanyAt);

    public string Mail => Text(MailAt);
    public string FirstName => Text(FirstNameAt);
    public string LastName => Text(LastNameAt);
    public string Role => Text(RoleAt);
    public string Profile => Text(ProfileAt);
    public string ManagerMail => Text(ManagerMailAt);
    public string JobTitle => Text(JobTitleAt);
    public string EmployeeNumber => Text(EmployeeNumberAt);
    public string Culture => Text(CultureAt);
    public string CurrencyIsoCode => Text(CurrencyAt);
    public string Structure => Text(StructureAt);
    public string AuthMode => Text(AuthModeAt);
    public string AccountingAuxiliaryAccount => Text(AccountAt);
    public bool CanCreateVehicle => Bool(CanCreateVehicleAt);
    public bool PersonalCarNeedsApproval => Bool(CarApprovalAt);
    public bool RemoveHomeWorkDistance => Bool(HomeWorkAt);
    public bool ProPayment => Bool(ProPaymentAt);
    public bool CanRaiseLimits => Bool(RaiseLimitsAt);
    public string DefaultCostCenter => Text(CostCenterAt);
    public string SsoLogin => Text(SsoLoginAt);
    public string AccountingAuxiliaryNotReimbursableAccount => Text(NotReimbursableAt);
    public bool CanDefineOwnAnalytics => Bool(OwnAnalyticsAt);

    /// <summary>Nouveau_Email: an address change the view announces; reported as a pending rename (decisions.md §17).</summary>
    public string NewMail { get; internal set; } = "";

    /// <summary>Distance_TravDom, read for reference; not sent to N2F.</summary>
    public string HomeWorkDistance { get; internal set; } = "";

    /// <summary>Normalized value of a field by its N2F name: a string or a bool.</summary>
    internal object? Field(string n2fName) => UserField.TryIndexOf(n2fName, out var index) ? Field(index) : null;

    /// <summary>Normalized value of a field by its position in <see cref="UserField.All"/>: a string or a bool, null when unset.</summary>
    internal object? Field(int index)
    {
        if (!IsFlag[index]) return _texts[Slot[index]];
        var bit = 1 << Slot[index];
        return (_flagsSet & bit) == 0 ? null : (_flags & bit) != 0 ? True : False;
    }

    internal void Set(string n2fName, object value) => Set(UserField.IndexOf(n2fName), value);

    /// <summary>Sets a field: a string for a text field, a bool for a flag.</summary>
    internal void Set(int index, object value)
    {
        if (!IsFlag[index])
        {
            _texts[Slot[index]] = value;
            return;
        }
        var bit = 1 << Slot[index];
        _flagsSet |= bit;
        _flags = value is true ? _flags | bit : _flags & ~bit;
    }

    private string Text(int index) => _texts[Slot[index]] as string ?? "";
    private bool Bool(int index) => Field(index) is true;

    /// <summary>Each field's slot: its index among the text fields, or its bit among the flags.</summary>
    private static int[] SlotsOf(bool[] isFlag)
    {
        var slots = new int[isFlag.Length];
        int texts = 0, flags = 0;
        for (var i = 0; i < isFlag.Length; i++) slots[i] = isFlag[i] ? flags++ : texts++;
        return slots;
    }

    public override string ToString() => Mail;
}
