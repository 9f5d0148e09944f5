namespace N2fSync.Agresso;

/// <summary>A normalized row of the Agresso users view (domain 3.1 and 4.1).</summary>
public sealed class AgressoUser : AgressoEntity
{
    private readonly Dictionary<string, object> _fields = new(StringComparer.Ordinal);

    internal AgressoUser(int rowNumber) : base(Scopes.ScopeNames.Users, rowNumber) { }

    public override string Key => Mail;
    public override string Company => Text("company");

    public string Mail => Text("mail");
    public string FirstName => Text("firstname");
    public string LastName => Text("lastname");
    public string Role => Text("role");
    public string Profile => Text("profile");
    public string ManagerMail => Text("managerMail");
    public string JobTitle => Text("jobTitle");
    public string EmployeeNumber => Text("employeeNumber");
    public string Culture => Text("culture");
    public string CurrencyIsoCode => Text("currencyIsoCode");
    public string Structure => Text("structure");
    public string AuthMode => Text("authMode");
    public string AccountingAuxiliaryAccount => Text("accountingAuxiliaryAccount");
    public bool CanCreateVehicle => Bool("canCreateVehicle");
    public bool PersonalCarNeedsApproval => Bool("personnalCarHaveToBeApproved");
    public bool RemoveHomeWorkDistance => Bool("removeHomeWorkDistance");
    public bool ProPayment => Bool("gotProPayment");
    public bool CanRaiseLimits => Bool("canRaiseLimits");
    public string DefaultCostCenter => Text("defaultCostCenter");
    public string SsoLogin => Text("ssoLogin");
    public string AccountingAuxiliaryNotReimbursableAccount => Text("accountingAuxiliaryNotReimbursableAccount");
    public bool CanDefineOwnAnalytics => Bool("canDefineHisAnalytics");

    /// <summary>Nouveau_Email: an address change the view announces; reported as a pending rename (decisions 17).</summary>
    public string NewMail { get; internal set; } = "";

    /// <summary>Distance_TravDom, read for reference; not sent to N2F.</summary>
    public string HomeWorkDistance { get; internal set; } = "";

    /// <summary>Normalized value of a field by its N2F name: a string or a bool.</summary>
    internal object? Field(string n2fName) => _fields.TryGetValue(n2fName, out var v) ? v : null;

    internal void Set(string n2fName, object value) => _fields[n2fName] = value;

    private string Text(string field) => _fields.TryGetValue(field, out var v) ? (string)v : "";
    private bool Bool(string field) => _fields.TryGetValue(field, out var v) && v is true;

    public override string ToString() => Mail;
}
