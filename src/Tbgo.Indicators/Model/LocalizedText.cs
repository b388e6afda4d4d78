namespace Tbgo.Indicators.Model;

/// <summary>Text in Dutch and English. Definitions of indicators always have both; framework items may have one.</summary>
/// <param name="Nl">Dutch text, or <see langword="null"/>.</param>
/// <param name="En">English text, or <see langword="null"/>.</param>
public sealed record LocalizedText(string? Nl, string? En)
{
    /// <summary>The text in a language (<c>nl</c> or <c>en</c>), falling back to the other one.</summary>
    public string Get(string language) =>
        (string.Equals(language, "nl", StringComparison.OrdinalIgnoreCase) ? Nl ?? En : En ?? Nl) ?? string.Empty;

    /// <summary>The English text, or the Dutch one.</summary>
    public override string ToString() => En ?? Nl ?? string.Empty;
}
