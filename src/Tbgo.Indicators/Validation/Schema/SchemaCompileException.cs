namespace Tbgo.Indicators.Validation.Schema;

/// <summary>Thrown when a bundled schema uses a keyword outside the supported, NJsonSchema-safe subset.</summary>
internal sealed class SchemaCompileException(string message) : Exception(message);
