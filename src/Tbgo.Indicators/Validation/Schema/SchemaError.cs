using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Validation.Schema;

/// <summary>One schema violation, located in the instance.</summary>
internal sealed record SchemaError(DiagnosticDescriptor Descriptor, string Pointer, int Line, int Column, object?[] Args, string? Hint)
{
    public Diagnostic ToDiagnostic(string? file) =>
        Descriptor.CreateWithHint(new SourceLocation(file, Line, Column, 0, Pointer.Length == 0 ? "/" : Pointer), Hint, Args);
}
