namespace Tbgo.Indicators.Model;

/// <summary>A document in the catalogue's bibliography.</summary>
/// <param name="Id">Stable id, such as <c>nmd-bbl-2026</c>.</param>
/// <param name="Title">Title of the document.</param>
/// <param name="Kind">Kind: law, regulation, standard, method, report, dataset, web-page, article or tool.</param>
/// <param name="Publisher">Publisher, or <see langword="null"/>.</param>
/// <param name="Authors">Authors, or <see langword="null"/>.</param>
/// <param name="Year">Year of publication, or <see langword="null"/>.</param>
/// <param name="Edition">Version or edition, or <see langword="null"/>.</param>
/// <param name="Date">Date of publication, or <see langword="null"/>.</param>
/// <param name="Url">Web address, or <see langword="null"/>.</param>
/// <param name="Accessed">When the web address was read, or <see langword="null"/>.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record Source(string Id, string Title, string Kind, string? Publisher, string? Authors, int? Year, string? Edition, DateOnly? Date, string? Url, DateOnly? Accessed, string? Note);
