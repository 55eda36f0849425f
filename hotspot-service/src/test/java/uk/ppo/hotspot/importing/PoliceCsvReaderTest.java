package uk.ppo.hotspot.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ppo.common.problem.ProblemException;

import java.io.IOException;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Records of a police.uk file become typed rows or rejections, numbered by line. */
class PoliceCsvReaderTest {

    static final String HEADER = String.join(",", PoliceCsv.HEADER) + "\n";
    static final String ROW = "abc123,2025-01,Sussex Police,Sussex Police,0.747539,50.910203,On or near Mill Lane,"
            + "E01020963,Hastings 001A,Burglary,Under investigation,\n";

    static List<PoliceCsvReader.Parsed> read(String csv) throws IOException {
        List<PoliceCsvReader.Parsed> out = new ArrayList<>();
        try (PoliceCsvReader reader = new PoliceCsvReader(new StringReader(csv))) {
            for (PoliceCsvReader.Parsed p = reader.next(); p != null; p = reader.next()) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void aRowBecomesTypedWithBlanksAsNull() throws IOException {
        String asb = ",2025-02,Sussex Police,Sussex Police,,,,,,Anti-social behaviour,,\n";
        List<PoliceCsvReader.Parsed> rows = read(HEADER + ROW + asb);
        PoliceRow crime = ((PoliceCsvReader.Valid) rows.get(0)).row();
        assertEquals(2, rows.get(0).line());
        assertEquals(new PoliceRow("abc123", YearMonth.of(2025, 1), "Sussex Police", "Sussex Police", 0.747539,
                50.910203, "On or near Mill Lane", "E01020963", "Hastings 001A", "Burglary", "Under investigation",
                "0.747539", "50.910203"), crime);
        PoliceRow noId = ((PoliceCsvReader.Valid) rows.get(1)).row();
        assertEquals(new PoliceRow(null, YearMonth.of(2025, 2), "Sussex Police", "Sussex Police", null, null, null, null,
                null, "Anti-social behaviour", null, null, null), noId);
    }

    @Test
    void headersOfConcatenatedFilesAreSkippedAndStillCountAsLines() throws IOException {
        List<PoliceCsvReader.Parsed> rows = read("\uFEFF" + HEADER + ROW + HEADER + ROW);
        assertEquals(List.of(2L, 4L), rows.stream().map(PoliceCsvReader.Parsed::line).toList());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalidRows() {
        return Stream.of(
                arguments("a,2025-01,x", "has 3 columns, expected 12"),
                arguments("abc-1,2025-01,,,,,,,,Burglary,,", "Crime ID: must be up to 64 letters or digits"),
                arguments("a,2025-13,,,,,,,,Burglary,,", "Month: 2025-13 is not a month"),
                arguments("a,25-01,,,,,,,,Burglary,,", "Month: must be YYYY-MM, not '25-01'"),
                arguments("a,1999-12,,,,,,,,Burglary,,", "Month: 1999-12 is out of range"),
                arguments("a,2025-01,,,1.0,,,,,Burglary,,", "Longitude, Latitude: must both be given or both be blank"),
                arguments("a,2025-01,,,east,1.0,,,,Burglary,,", "Longitude: 'east' is not a number"),
                arguments("a,2025-01,,,1.0,91,,,,Burglary,,", "Latitude: must be between -90 and 90"),
                arguments("a,2025-01,,,,,,E0102,,Burglary,,", "LSOA code: must be an ONS code such as E01020963"),
                arguments("a,2025-01,,,,,,,,,,", "Crime type: must not be blank"),
                arguments("a,2025-01,,,,,,,,Jaywalking,,", "Crime type: 'Jaywalking' is not a police.uk crime type"),
                arguments("a,2025-01," + "r".repeat(101) + ",,,,,,,Burglary,,", "Reported by: longer than 100 characters"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidRows")
    void anInvalidRowIsRejectedWithItsLineAndReason(String row, String reason) throws IOException {
        assertEquals(List.of(new PoliceCsvReader.Invalid(2, reason)), read(HEADER + row + "\n"));
    }

    @Test
    void anEmptyBodyOrAnotherHeaderIsAProblemNamingIt() {
        ProblemException empty = assertThrows(ProblemException.class, () -> read(""));
        assertEquals("body: is empty; send the police.uk CSV", empty.getMessage());
        ProblemException header = assertThrows(ProblemException.class, () -> read("id,month\n" + ROW));
        assertEquals("header", header.violations().get(0).field());
    }

    @Test
    void theHeaderIsCheckedOnItsOwnBeforeAnUploadIsAccepted() throws IOException {
        PoliceCsvReader.checkHeader(new StringReader(HEADER + ROW));
        ProblemException empty = assertThrows(ProblemException.class, () -> PoliceCsvReader.checkHeader(new StringReader("")));
        assertEquals("body: is empty; send the police.uk CSV", empty.getMessage());
        ProblemException header = assertThrows(ProblemException.class, () -> PoliceCsvReader.checkHeader(new StringReader("id,month\n" + ROW)));
        assertEquals("header", header.violations().get(0).field());
    }

    @Test
    void theEndIsNull() throws IOException {
        try (PoliceCsvReader reader = new PoliceCsvReader(new StringReader(HEADER))) {
            assertNull(reader.next());
        }
    }
}
