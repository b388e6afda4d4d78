using System.Text.Json;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>Turns a <see cref="JsonException"/> from <see cref="Utf8JsonReader"/> into the reason part of TBGO5001.</summary>
internal static class JsonErrorText
{
    /// <param name="ex">The exception.</param>
    /// <param name="deeper">What to say when the nesting limit was hit.</param>
    /// <param name="ended">What to say when the input ended inside a value, or <see langword="null"/> to keep the reader's words.</param>
    public static string Reason(JsonException ex, string deeper, string? ended)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (cut >= 0 ? reason[..cut] : reason).TrimEnd('.', ' ');
        if (reason.Contains("depth", StringComparison.OrdinalIgnoreCase) && reason.Contains("maximum", StringComparison.OrdinalIgnoreCase))
        {
            return deeper;
        }

        if (ended is not null && (reason.Contains("Expected depth to be zero", StringComparison.Ordinal) || reason.Contains("end of data", StringComparison.OrdinalIgnoreCase) || reason.Contains("not enough data", StringComparison.OrdinalIgnoreCase) || reason.Contains("incomplete", StringComparison.OrdinalIgnoreCase)))
        {
            return ended;
        }

        return reason.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || reason.Contains("UTF8", StringComparison.OrdinalIgnoreCase)
            ? "the bytes are not valid UTF-8 here (" + reason + ")"
            : reason;
    }
}
