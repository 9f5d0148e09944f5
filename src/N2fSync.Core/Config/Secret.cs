using System.Diagnostics.CodeAnalysis;

namespace N2fSync.Config;

/// <summary>
/// A secret (client secret, password, webhook URL) that cannot leak through display or serialization: it has no
/// public property, so ConvertTo-Json, Export-Clixml, Format-List * and ConvertTo-Csv find nothing to write, and
/// <see cref="ToString"/> masks it. Only the code that sends it (the N2F authentication body, the SQL connection, a
/// notification) reads the value, through the internal <see cref="Reveal"/>.
/// </summary>
public sealed class Secret
{
    /// <summary>What a secret shows wherever it is displayed.</summary>
    public const string Masked = "********";

    private readonly string _value;

    public Secret(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Wraps a value as it arrives (a credential's password, an environment variable); null stays null.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static implicit operator Secret?(string? value) => value is null ? null : new Secret(value);

    public static bool IsNullOrEmpty([NotNullWhen(false)] Secret? secret) => secret is null || secret._value.Length == 0;

    /// <summary>The value, for the one place that sends it. Equality is by reference on purpose: no guessing by comparison.</summary>
    internal string Reveal() => _value;

    public override string ToString() => Masked;
}
