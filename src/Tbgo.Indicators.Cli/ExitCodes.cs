namespace Tbgo.Indicators.Cli;

/// <summary>The exit codes of tbgo.</summary>
internal static class ExitCodes
{
    /// <summary>Done; no errors (warnings may have been printed).</summary>
    public const int Ok = 0;

    /// <summary>The input has errors (lint or validation found problems, an id or unit is unknown).</summary>
    public const int InputErrors = 1;

    /// <summary>The command line is wrong (unknown command or option, bad option value).</summary>
    public const int Usage = 2;

    /// <summary><c>tbgo diff</c> found at least one breaking change (both catalogues loaded).</summary>
    public const int BreakingChanges = 3;
}
