using System.Text;
using System.Xml;

namespace N2fSync.HelpCompiler;

/// <summary>
/// Writes the MAML PowerShell reads for binary cmdlets (&lt;assembly&gt;-Help.xml), in the shape platyPS writes:
/// details, description, one syntax item per parameter set, parameters, inputs, outputs, notes, examples, links.
/// Names, types and binding come from the assembly; prose from the markdown.
/// </summary>
internal static class MamlWriter
{
    private const string Msh = "http://msh";
    private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
    private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static readonly Dictionary<string, string> RiskDescriptions = new()
    {
        ["WhatIf"] = "Shows what would happen if the cmdlet runs. The cmdlet is not run.",
        ["Confirm"] = "Prompts you for confirmation before running the cmdlet.",
    };

    public static void Write(string path, IEnumerable<(CmdletMetadata Cmdlet, CommandHelp? Help)> commands)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("helpItems", Msh);
        xml.WriteAttributeString("schema", "maml");
        foreach (var (cmdlet, help) in commands) WriteCommand(xml, cmdlet, help);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCommand(XmlWriter xml, CmdletMetadata cmdlet, CommandHelp? help)
    {
        xml.WriteStartElement("command", "command", Command);
        xml.WriteAttributeString("xmlns", "maml", null, Maml);
        xml.WriteAttributeString("xmlns", "command", null, Command);
        xml.WriteAttributeString("xmlns", "dev", null, Dev);
        xml.WriteStartElement("command", "details", Command);
        xml.WriteElementString("command", "name", Command, cmdlet.Name);
        xml.WriteElementString("command", "verb", Command, cmdlet.Verb);
        xml.WriteElementString("command", "noun", Command, cmdlet.Noun);
        Description(xml, help?.Synopsis ?? []);
        xml.WriteEndElement();
        Description(xml, help?.Description ?? []);

        xml.WriteStartElement("command", "syntax", Command);
        foreach (var set in cmdlet.ParameterSets)
        {
            xml.WriteStartElement("command", "syntaxItem", Command);
            xml.WriteElementString("maml", "name", Maml, cmdlet.Name);
            foreach (var parameter in SyntaxOrder(cmdlet.Parameters.Where(p => p.InSet(set)), set))
                Parameter(xml, parameter, parameter.UseIn(set), help, inSyntax: true);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("command", "parameters", Command);
        foreach (var parameter in cmdlet.Parameters.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            Parameter(xml, parameter, Merged(parameter), help, inSyntax: false);
        xml.WriteEndElement();

        Types(xml, "inputTypes", "inputType", help?.Inputs is { Count: > 0 } inputs ? inputs : [new TypeHelp("None", [])]);
        Types(xml, "returnValues", "returnValue", Outputs(cmdlet, help));

        xml.WriteStartElement("maml", "alertSet", Maml);
        xml.WriteStartElement("maml", "alert", Maml);
        Paras(xml, help?.Notes ?? []);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("command", "examples", Command);
        foreach (var example in help?.Examples ?? [])
        {
            xml.WriteStartElement("command", "example", Command);
            xml.WriteElementString("maml", "title", Maml, $"-------------------------- {example.Title} --------------------------");
            if (example.Introduction.Count > 0)
            {
                xml.WriteStartElement("maml", "introduction", Maml);
                Paras(xml, example.Introduction);
                xml.WriteEndElement();
            }
            xml.WriteElementString("dev", "code", Dev, example.Code);
            xml.WriteStartElement("dev", "remarks", Dev);
            // The trailing empty paragraph is the blank line Get-Help otherwise omits before the next example.
            Paras(xml, [.. example.Remarks, ""]);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("command", "relatedLinks", Command);
        foreach (var link in help?.Links ?? [])
        {
            xml.WriteStartElement("maml", "navigationLink", Maml);
            xml.WriteElementString("maml", "linkText", Maml, link.Text);
            xml.WriteElementString("maml", "uri", Maml, link.Uri ?? "");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>PowerShell's own order: positional parameters by position, then the rest as declared, -WhatIf/-Confirm last.</summary>
    private static IEnumerable<ParameterMetadata> SyntaxOrder(IEnumerable<ParameterMetadata> parameters, string set) =>
        parameters.Select((p, i) => (p, i)).OrderBy(x => x.p.UseIn(set).Position ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.p);

    /// <summary>One line per parameter in the PARAMETERS section, whatever the sets: mandatory or positional in any set counts.</summary>
    private static ParameterSetUse Merged(ParameterMetadata parameter) => new("",
        parameter.Sets.Any(s => s.Mandatory), parameter.Sets.Select(s => s.Position).FirstOrDefault(p => p is not null),
        parameter.Sets.Any(s => s.ByValue), parameter.Sets.Any(s => s.ByPropertyName));

    private static void Parameter(XmlWriter xml, ParameterMetadata parameter, ParameterSetUse use, CommandHelp? help, bool inSyntax)
    {
        ParameterHelp? prose = null;
        help?.Parameters.TryGetValue(parameter.Name, out prose);
        var description = prose?.Description is { Count: > 0 } written ? written.ToList()
            : RiskDescriptions.TryGetValue(parameter.Name, out var risk) ? [risk] : [];
        if (!inSyntax && parameter.AcceptedValues.Count > 0 && description.Count > 0)
            description.Add("Accepted values: " + string.Join(", ", parameter.AcceptedValues) + ".");
        var type = parameter.Type;
        xml.WriteStartElement("command", "parameter", Command);
        xml.WriteAttributeString("required", use.Mandatory ? "true" : "false");
        xml.WriteAttributeString("variableLength", "true");
        xml.WriteAttributeString("globbing", "false");
        xml.WriteAttributeString("pipelineInput", PipelineInput(use));
        xml.WriteAttributeString("position", use.Position is int position ? position.ToString() : "named");
        xml.WriteAttributeString("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "none");
        xml.WriteElementString("maml", "name", Maml, parameter.Name);
        Description(xml, description);
        if (!(inSyntax && type.IsSwitch))
        {
            xml.WriteStartElement("command", "parameterValue", Command);
            xml.WriteAttributeString("required", type.IsSwitch ? "false" : "true");
            xml.WriteAttributeString("variableLength", "false");
            xml.WriteString(type.Short);
            xml.WriteEndElement();
        }
        if (inSyntax && parameter.AcceptedValues.Count > 0)
        {
            xml.WriteStartElement("command", "parameterValueGroup", Command);
            foreach (var value in parameter.AcceptedValues)
            {
                xml.WriteStartElement("command", "parameterValue", Command);
                xml.WriteAttributeString("required", "false");
                xml.WriteAttributeString("variableLength", "false");
                xml.WriteString(value);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("dev", "type", Dev);
        xml.WriteElementString("maml", "name", Maml, type.Full);
        xml.WriteElementString("maml", "uri", Maml, "");
        xml.WriteEndElement();
        xml.WriteElementString("dev", "defaultValue", Dev, prose?.DefaultValue ?? (type.IsSwitch ? "False" : "None"));
        xml.WriteEndElement();
    }

    private static string PipelineInput(ParameterSetUse use) => (use.ByValue, use.ByPropertyName) switch
    {
        (true, true) => "True (ByPropertyName, ByValue)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };

    /// <summary>The documented outputs, plus any [OutputType] the markdown does not mention (so help never omits one).</summary>
    private static IReadOnlyList<TypeHelp> Outputs(CmdletMetadata cmdlet, CommandHelp? help)
    {
        var outputs = (help?.Outputs ?? []).ToList();
        foreach (var type in cmdlet.OutputTypes)
            if (!outputs.Any(o => TypeHelpMatches(o, type))) outputs.Add(new TypeHelp(type.Full, []));
        return outputs;
    }

    public static bool TypeHelpMatches(TypeHelp help, TypeName type) =>
        string.Equals(help.Name, type.Full, StringComparison.OrdinalIgnoreCase)
        || string.Equals(help.Name, type.Short, StringComparison.OrdinalIgnoreCase);

    private static void Types(XmlWriter xml, string list, string item, IEnumerable<TypeHelp> types)
    {
        xml.WriteStartElement("command", list, Command);
        foreach (var type in types)
        {
            xml.WriteStartElement("command", item, Command);
            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, type.Name);
            xml.WriteEndElement();
            Description(xml, type.Description);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Description(XmlWriter xml, IReadOnlyList<string> paras)
    {
        xml.WriteStartElement("maml", "description", Maml);
        Paras(xml, paras);
        xml.WriteEndElement();
    }

    private static void Paras(XmlWriter xml, IReadOnlyList<string> paras)
    {
        if (paras.Count == 0) xml.WriteElementString("maml", "para", Maml, "");
        foreach (var para in paras) xml.WriteElementString("maml", "para", Maml, para);
    }
}
