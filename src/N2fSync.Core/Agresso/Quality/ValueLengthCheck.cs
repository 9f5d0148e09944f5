using System.Globalization;
using N2fSync.Config;
using N2fSync.Mapping;

namespace N2fSync.Agresso.Quality;

/// <summary>
/// Rejects source rows whose text is longer than N2F takes (dataQuality.maxLength): N2F would refuse the write, or
/// cut the value and differ from Agresso on every run. Lengths are counted after trimming and NFC normalization,
/// the form that is sent. Runs after normalization, so the normalizers stay about the shape of a value.
/// </summary>
internal sealed class ValueLengthCheck(DataQualityOptions options)
{
    public void Check(AgressoEntity entity)
    {
        switch (entity)
        {
            case AgressoUser user:
                foreach (var field in UserField.All.Where(f => f.Kind is UserFieldKind.Email or UserFieldKind.Text))
                    if (user.Field(field.N2fName) is string text) Check(entity, field.N2fName, field.Column, text);
                break;
            case AgressoAxisValue value:
                Check(entity, "code", "code", value.Code);
                Check(entity, "description", "description", value.Description);
                break;
        }
    }

    private void Check(AgressoEntity entity, string n2fField, string column, string text)
    {
        if (!options.MaxLength.TryGetValue(n2fField, out var max) || max <= 0 || text.Length <= max) return;
        entity.AddIssue(new DataIssue(entity.Scope, entity.RowNumber, entity.Key.Length == 0 ? null : entity.Key, column,
            DataIssueKind.TooLong,
            string.Format(CultureInfo.InvariantCulture, "{0} is {1} characters long; N2F takes at most {2} (dataQuality.maxLength.{3}).",
                column, text.Length, max, n2fField),
            text));
    }
}
