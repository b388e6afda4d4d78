using System.Diagnostics.CodeAnalysis;

namespace Tbgo.Indicators.Model;

/// <summary>A reference to a framework item, written <c>&lt;framework&gt;:&lt;item&gt;</c>, such as <c>eu-taxonomy:ccm-7.1/ped</c>.</summary>
/// <param name="FrameworkId">The framework id.</param>
/// <param name="ItemId">The item id within the framework.</param>
public sealed record FrameworkItemRef(string FrameworkId, string ItemId)
{
    /// <summary>Parses <c>framework:item</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out FrameworkItemRef? reference)
    {
        reference = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        reference = new FrameworkItemRef(text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>Formats as <c>framework:item</c>.</summary>
    public override string ToString() => $"{FrameworkId}:{ItemId}";
}
