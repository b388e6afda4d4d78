using Tbgo.Indicators;
using Tbgo.Indicators.Loading;

// Typed ids of this project's own catalogue (generated from catalogue/**/*.yaml at build) beside those of the
// embedded default catalogue (Tbgo.Indicators.Indicators): a misspelt id does not compile.
var own = CatalogueLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "catalogue")).GetCatalogueOrThrow();
var reuse = own.GetIndicator(OwnCatalogue.Indicators.Env.Water.RainwaterReuse);
var mpg = Catalogue.Default.GetIndicator(Tbgo.Indicators.Indicators.Env.Materials.Mpg);
Console.WriteLine($"{own.Info.Id} {own.Info.Version}: {reuse.Id} [{reuse.Unit}] {reuse.Name.En}");
Console.WriteLine($"default {Catalogue.Default.Info.Version}: {mpg.Id} [{mpg.Unit}] {mpg.Name.En}");
