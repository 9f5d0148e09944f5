using System.Text.Json.Nodes;
using System.Text.Json;

namespace N2fSync.Emulator;

/// <summary>
/// Options as JSON for <c>/_emulator/options</c>: what GET answers, and the patch POST accepts (same member names;
/// members left out keep their value, <c>quota: null</c> turns quotas off, <c>faults: null</c> clears all faults).
/// </summary>
internal static class OptionsJson
{
    public static JsonObject Render(EmulatorOptions options)
    {
        var faults = options.Faults;
        return new JsonObject
        {
            ["tokenLifetimeSeconds"] = options.TokenLifetime.TotalSeconds,
            ["answerCulture"] = options.AnswerCulture,
            ["maxPageSize"] = options.MaxPageSize,
            ["dateStyle"] = options.DateStyle.ToString(),
            ["responseDelayMs"] = options.ResponseDelay.TotalMilliseconds,
            ["retryAfterAsHttpDate"] = options.RetryAfterAsHttpDate,
            ["quota"] = options.Quota is { } q
                ? new JsonObject { ["reads"] = q.ReadsPerWindow, ["writes"] = q.WritesPerWindow, ["windowSeconds"] = q.Window.TotalSeconds }
                : null,
            ["faults"] = new JsonObject
            {
                ["serverErrorRate"] = faults.ServerErrorRate,
                ["dropRate"] = faults.DropRate,
                ["lostResponseRate"] = faults.LostResponseRate,
                ["next429Burst"] = faults.Next429Burst,
                ["retryAfterSeconds"] = faults.RetryAfterSeconds,
                ["seed"] = faults.Seed,
                ["affectsAuth"] = faults.AffectsAuth,
            },
        };
    }

    /// <summary>Applies a patch; validates everything first so a bad patch changes nothing.</summary>
    /// <exception cref="ArgumentException">A member is unknown or has a wrong value; the message names it.</exception>
    public static void Apply(EmulatorOptions options, JsonObject patch)
    {
        var changes = new List<Action>();
        foreach (var (name, node) in patch)
        {
            changes.Add(name switch
            {
                "tokenLifetimeSeconds" => Bind(Number(node, name, 0.001), v => options.TokenLifetime = TimeSpan.FromSeconds(v)),
                "answerCulture" => Bind(Text(node, name), v => options.AnswerCulture = v),
                "maxPageSize" => Bind(Whole(node, name, 1), v => options.MaxPageSize = v),
                "dateStyle" => Bind(Style(node, name), v => options.DateStyle = v),
                "responseDelayMs" => Bind(Number(node, name, 0), v => options.ResponseDelay = TimeSpan.FromMilliseconds(v)),
                "retryAfterAsHttpDate" => Bind(Flag(node, name), v => options.RetryAfterAsHttpDate = v),
                "quota" => Bind(node is null ? null : Quota(Object(node, name)), v => options.Quota = v),
                "faults" => node is null ? () => options.Faults = new FaultOptions() : Faults(options, Object(node, name)),
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            });
        }

        changes.ForEach(change => change());
    }

    private static QuotaOptions Quota(JsonObject quota)
    {
        var result = new QuotaOptions();
        foreach (var (name, node) in quota)
        {
            switch (name)
            {
                case "reads":
                    result.ReadsPerWindow = node is null ? null : Whole(node, "quota.reads", 0);
                    break;
                case "writes":
                    result.WritesPerWindow = node is null ? null : Whole(node, "quota.writes", 0);
                    break;
                case "windowSeconds":
                    result.Window = TimeSpan.FromSeconds(Number(node, "quota.windowSeconds", 0.001));
                    break;
                default:
                    throw new ArgumentException($"Unknown option 'quota.{name}'.");
            }
        }

        return result;
    }

    private static Action Faults(EmulatorOptions options, JsonObject patch)
    {
        var changes = new List<Action<FaultOptions>>();
        foreach (var (name, node) in patch)
        {
            var key = "faults." + name;
            changes.Add(name switch
            {
                "serverErrorRate" => Bind<FaultOptions, double>(Rate(node, key), (f, v) => f.ServerErrorRate = v),
                "dropRate" => Bind<FaultOptions, double>(Rate(node, key), (f, v) => f.DropRate = v),
                "lostResponseRate" => Bind<FaultOptions, double>(Rate(node, key), (f, v) => f.LostResponseRate = v),
                "next429Burst" => Bind<FaultOptions, int>(Whole(node, key, 0), (f, v) => f.Next429Burst = v),
                "retryAfterSeconds" => Bind<FaultOptions, int>(Whole(node, key, 0), (f, v) => f.RetryAfterSeconds = v),
                "seed" => Bind<FaultOptions, int?>(node is null ? null : Whole(node, key, int.MinValue), (f, v) => f.Seed = v),
                "affectsAuth" => Bind<FaultOptions, bool>(Flag(node, key), (f, v) => f.AffectsAuth = v),
                _ => throw new ArgumentException($"Unknown option '{key}'."),
            });
        }

        return () => changes.ForEach(change => change(options.Faults));
    }

    private static Action Bind<T>(T value, Action<T> set) => () => set(value);

    private static Action<TTarget> Bind<TTarget, T>(T value, Action<TTarget, T> set) => target => set(target, value);

    private static double Rate(JsonNode? node, string name)
    {
        var rate = Number(node, name, 0);
        return rate <= 1 ? rate : throw new ArgumentException($"Option '{name}' must be between 0 and 1.");
    }

    private static double Number(JsonNode? node, string name, double min) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) && number >= min
            ? number
            : throw new ArgumentException($"Option '{name}' must be a number of at least {min}.");

    private static int Whole(JsonNode? node, string name, int min) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) && number >= min
            ? number
            : throw new ArgumentException($"Option '{name}' must be a whole number of at least {min}.");

    private static string Text(JsonNode? node, string name) =>
        node?.GetValueKind() == JsonValueKind.String && node.GetValue<string>() is { Length: > 0 } text
            ? text
            : throw new ArgumentException($"Option '{name}' must be a non-empty string.");

    private static DateStyle Style(JsonNode? node, string name) =>
        Enum.TryParse<DateStyle>(Text(node, name), ignoreCase: true, out var style) && Enum.IsDefined(style)
            ? style
            : throw new ArgumentException($"Option '{name}' must be one of: {string.Join(", ", Enum.GetNames<DateStyle>())}.");

    private static bool Flag(JsonNode? node, string name) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ArgumentException($"Option '{name}' must be true or false."),
    };

    private static JsonObject Object(JsonNode node, string name) =>
        node as JsonObject ?? throw new ArgumentException($"Option '{name}' must be an object or null.");
}
