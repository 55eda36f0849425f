package uk.ppo.hotspot.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A keyed row as a COPY csv line: NULL unquoted and empty, text quoted, coordinates as given when plain. */
class CopyTextTest {

    static PoliceRow row(String crimeId, String location, Double longitude, String longitudeText) {
        return new PoliceRow(crimeId, YearMonth.of(2025, 3), "Sussex Police", null, longitude,
                longitude == null ? null : 50.5, location, "E01020963", null, "Burglary", null,
                longitudeText, longitude == null ? null : "50.5");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> rows() {
        return Stream.of(
                arguments(row("abc", "On or near Mill Lane", 0.747539, "0.747539"),
                        "7,\"k\",\"abc\",2025-03-01,\"Sussex Police\",,0.747539,50.5,\"On or near Mill Lane\",\"E01020963\",,\"Burglary\",\n"),
                arguments(row(null, null, null, null),
                        "7,\"k\",,2025-03-01,\"Sussex Police\",,,,,\"E01020963\",,\"Burglary\",\n"),
                arguments(row("abc", "The \"Old\" Pier", -1e-3, "-1e-3"),
                        "7,\"k\",\"abc\",2025-03-01,\"Sussex Police\",,-0.001,50.5,\"The \"\"Old\"\" Pier\",\"E01020963\",,\"Burglary\",\n"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void aRowIsOneCopyLine(PoliceRow row, String expected) throws IOException {
        StringWriter out = new StringWriter();
        CopyText.writeRow(out, 7, "k", row);
        assertEquals(expected, out.toString());
    }
}
