using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Something a reader of a calculation result must know: an unconfirmed or unknown factor, an
/// incomplete result, an assumption. Warnings never change the number; they explain it.
/// </summary>
/// <param name="Code">A stable kebab-case code, such as <c>unconfirmed</c> or <c>unknown-factor</c>.</param>
/// <param name="Message">A whole-sentence message in English.</param>
/// <param name="Source">The source of the value the warning is about, or <see langword="null"/>.</param>
public sealed record CalculationWarning(string Code, string Message, SourceReference? Source = null)
{
    /// <summary>Code for a factor or limit used whose source is only partly confirmed or unconfirmed.</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>Code for a factor without a known value: its contribution is left out.</summary>
    public const string UnknownFactor = "unknown-factor";

    /// <summary>Code for a result that leaves out part of what the method covers.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>Code for an assumption the calculator made because the input said nothing.</summary>
    public const string Assumption = "assumption";

    /// <summary>Code for input that is inconsistent but still usable.</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>Code for a value or date outside the validity of the data used.</summary>
    public const string OutOfValidity = "out-of-validity";

    /// <summary>Formats as <c>code: message</c>.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
