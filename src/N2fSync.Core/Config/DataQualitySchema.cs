namespace N2fSync.Config;

/// <summary>The keys of <c>dataQuality:</c>; a field left out of <c>maxLength</c> keeps its default.</summary>
internal static class DataQualitySchema
{
    public static readonly ConfigSection<Dictionary<string, int>> MaxLength = new("dataQuality.maxLength",
        DataQualityDefaults.MaxLength.Select(p => Option.WholeNumber<Dictionary<string, int>>(p.Key,
            OptionRange.AtLeast(0, "a number of characters, 0 for no limit"),
            lengths => lengths.TryGetValue(p.Key, out var length) ? length : 0, (lengths, v) => lengths[p.Key] = v, "") with { Example = "60" })
        .ToList());

    public static readonly ConfigSection<DataQualityOptions> Section = new("dataQuality",
    [
        Option.Section<DataQualityOptions, Dictionary<string, int>>("maxLength", MaxLength, q => q.MaxLength,
            "Longest value accepted per N2F field.") with { DefaultNote = "see below" },
    ]);
}
