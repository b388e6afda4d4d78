namespace Tbgo.Indicators.Text;

/// <summary>Edit distance with adjacent transpositions (optimal string alignment), for "did you mean" hints: 'nmae' is one edit from 'name'.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance between two strings, or <paramref name="cap"/> + 1 when it exceeds <paramref name="cap"/>.</summary>
    public static int Compute(string a, string b, int cap = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, beforePrevious[j - 2] + 1);
                }

                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > cap)
            {
                return cap + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    /// <summary>The closest candidate within a distance that scales with the word length, or <see langword="null"/>.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = word.Length <= 4 ? 1 : word.Length <= 10 ? 2 : 3;
        foreach (var c in candidates)
        {
            var d = string.Equals(c, word, StringComparison.OrdinalIgnoreCase) ? 0 : Compute(c, word, limit);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(c, best) < 0))
            {
                best = c;
                bestDistance = d;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// The closest candidates (at most <paramref name="max"/>, ordinal order): those at the smallest distance within
    /// the threshold <see cref="Closest"/> uses (1 edit up to 4 characters, 2 up to 10, else 3); a candidate equal but
    /// for case counts as distance 0. Empty when none is close.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string word, IEnumerable<string> candidates, int max = 3)
    {
        var limit = word.Length <= 4 ? 1 : word.Length <= 10 ? 2 : 3;
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Where(c => !string.Equals(c, word, StringComparison.Ordinal))
            .Select(c => (Candidate: c, Distance: string.Equals(c, word, StringComparison.OrdinalIgnoreCase) ? 0 : Compute(c, word, limit)))
            .Where(x => x.Distance <= limit)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(x => x.Distance);
        return [.. scored.Where(x => x.Distance == best).Select(x => x.Candidate).Order(StringComparer.Ordinal).Take(max)];
    }

    /// <summary>
    /// "Did you mean 'a'?" (or "'a' or 'b'", "'a', 'b' or 'c'") for the closest candidates, each written with
    /// <paramref name="prefix"/> before it (e.g. a framework id and a colon); <see langword="null"/> when none is close.
    /// </summary>
    public static string? DidYouMean(string word, IEnumerable<string> candidates, string prefix = "")
    {
        var near = Suggest(word, candidates);
        if (near.Count == 0)
        {
            return null;
        }

        var quoted = near.Select(n => $"'{prefix}{n}'").ToList();
        var list = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
        return $"Did you mean {list}?";
    }
}
