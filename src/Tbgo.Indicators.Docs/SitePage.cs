namespace Tbgo.Indicators.Docs;

/// <summary>One page of the generated reference site.</summary>
/// <param name="Path">The path relative to the site's root folder, with forward slashes (such as <c>nl/indicators/tbgo.env.climate.life-cycle-gwp.html</c>).</param>
/// <param name="Language">The page's language (<c>nl</c> or <c>en</c>), or <see langword="null"/> for the root page that links to both.</param>
/// <param name="Html">The complete HTML document.</param>
public sealed record SitePage(string Path, string? Language, string Html);
