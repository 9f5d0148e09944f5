namespace N2fSync.Config;

/// <summary>The body a webhook receives: generic JSON, or the card format of Teams or Slack.</summary>
public enum WebhookFormat { Json, Teams, Slack }
