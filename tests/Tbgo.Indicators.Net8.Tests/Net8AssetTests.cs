using System.Reflection;
using System.Runtime.Versioning;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Net8.Tests;

/// <summary>The net8.0 asset works as the net10.0 one does on the same inputs.</summary>
public sealed class Net8AssetTests
{
    [Fact]
    public void This_is_the_net8_build() =>
        Assert.Equal(".NETCoreApp,Version=v8.0", typeof(Catalogue).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);

    [Fact]
    public void The_default_catalogue_loads_and_answers_a_limit_query()
    {
        var catalogue = Catalogue.Default;
        Assert.True(catalogue.Indicators.Length > 30);
        var mpg = catalogue.GetIndicator("tbgo.env.materials.mpg");
        var limit = catalogue.FindLimit(mpg, new DateOnly(2026, 7, 1), new LimitScope(Scale.Gebouw, "woonfunctie"))!;
        Assert.Equal(LimitVerdict.Pass, limit.Test(Quantity.Parse("1.45 EUR/m2/a")));
    }

    [Theory]
    [InlineData("5 kWh/m2/a", "MJ/m²·yr", 18)]
    [InlineData("2.5 ha", "m2", 25000)]
    public void Units_parse_and_convert(string from, string to, double expected) =>
        Assert.Equal(expected, Quantity.Parse(from).ConvertTo(Unit.Parse(to)).Value, 9);

    [Fact]
    public void Every_calculator_runs_on_its_sample()
    {
        foreach (var calculator in Calculator.All)
        {
            var json = File.ReadAllBytes(RepoPaths.Combine("samples", "calculators", calculator.Name + ".json"));
            var outcome = calculator.Run(json, Catalogue.Default);
            Assert.True(outcome.Succeeded, calculator.Name + ": " + string.Join("; ", outcome.Diagnostics));
            Assert.Contains("\"provenance\"", CalculatorJson.ToJson(outcome.Result, Catalogue.Default), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("valid.ndjson", true, 0)]
    [InlineData("invalid.ndjson", false, 16)]
    [InlineData("invalid.json", false, -1)]
    public async Task Exports_validate_as_on_net10(string file, bool valid, int invalidRecords)
    {
        var path = RepoPaths.Combine("samples", "exports", file);
        await using var input = File.OpenRead(path);
        var summary = await new ExportValidator(Catalogue.Default).SummarizeAsync(input, new ExportValidationOptions { FileName = path });
        Assert.Equal(valid, summary.IsValid);
        if (invalidRecords >= 0)
        {
            Assert.Equal(invalidRecords, summary.InvalidRecords);
        }
        else
        {
            Assert.True(summary.InvalidRecords > 0);
        }
    }
}
