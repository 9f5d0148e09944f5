using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>Reads <c>dataQuality:</c>; a field left out of <c>maxLength</c> keeps its default.</summary>
internal static class DataQualitySectionReader
{
    public static void Read(ConfigReadContext ctx, YamlNode node, DataQualityOptions quality)
    {
        foreach (var (_, value) in ctx.Entries(node, "dataQuality", ConfigKeys.DataQuality))
        {
            foreach (var (field, length) in ctx.Entries(value, "dataQuality.maxLength", ConfigKeys.MaxLength))
            {
                var read = ctx.ReadInt(length, "dataQuality.maxLength." + field, "a number of characters, 0 for no limit");
                if (read is { } max) quality.MaxLength[field] = max;
            }
        }
    }
}
