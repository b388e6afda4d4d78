namespace Tbgo.Indicators.Validation.Export;

/// <summary>Turns byte offsets into lines and columns for the container being read, and names the record's JSON pointer.</summary>
internal interface IRecordLocator
{
    /// <summary>The 1-based line and column of an absolute byte offset within <paramref name="record"/>.</summary>
    (int Line, int Column) Locate(RecordBuilder record, long offset);

    /// <summary>The JSON pointer of the record itself: <c>/records/16</c> in a JSON export, empty in NDJSON and CSV.</summary>
    string RecordPointer(long record);
}
