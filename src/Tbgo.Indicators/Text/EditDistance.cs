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
}
