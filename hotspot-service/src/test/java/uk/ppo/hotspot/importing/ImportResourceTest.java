package uk.ppo.hotspot.importing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.hotspot.Fixtures.ADMIN;
import static uk.ppo.hotspot.Fixtures.ANALYST;
import static uk.ppo.hotspot.Fixtures.PARTNER;
import static uk.ppo.hotspot.Fixtures.crimes;
import static uk.ppo.hotspot.Fixtures.csv;
import static uk.ppo.hotspot.Fixtures.importCsv;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class ImportResourceTest {

    static final String IMPORT = "/api/v1/incidents/import";

    /** Incidents counted in a district report of the hierarchy for one month. */
    static long stored(Fixtures.Hierarchy h, String month) {
        return ((Number) given().auth().oauth2(ANALYST)
                .queryParam("level", "DISTRICT").queryParam("from", month).queryParam("to", month)
                .queryParam("within", h.county())
                .when().get("/api/v1/hotspots")
                .then().statusCode(200).extract().path("areas[0].count")).longValue();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Nested
    class RealData {

        @Test
        void theSussexJanuaryFileGoesInGzippedAndASecondImportChangesNothing() {
            Fixtures.eastSussex();
            byte[] file = Fixtures.resource(Fixtures.SUSSEX_JANUARY);
            var first = importCsv(file, "application/gzip").then().statusCode(200)
                    .body("updated", equalTo(0))
                    .body("rejected", equalTo(0))
                    .body("unmatchedArea", equalTo(8657))
                    .body("errors", empty())
                    .extract().jsonPath();
            assertEquals(12027, first.getLong("accepted") + first.getLong("duplicates"));

            importCsv(file, "application/gzip").then().statusCode(200)
                    .body("accepted", equalTo(0))
                    .body("updated", equalTo(0))
                    .body("duplicates", equalTo(12027))
                    .body("unmatchedArea", equalTo(8657));

            // 3,370 of the rows are in East Sussex LSOAs, all counted once
            given().auth().oauth2(ANALYST).queryParam("level", "DISTRICT").queryParam("from", "2025-01")
                    .queryParam("to", "2025-01").queryParam("within", "E10000011")
                    .when().get("/api/v1/hotspots")
                    .then().statusCode(200)
                    .body("areas.count.sum()", equalTo(3370))
                    .body("areas.find { it.code == 'E07000061' }.count", equalTo(1017));
        }
    }

    @Nested
    class Rules {

        @Test
        void identicalAsbRowsAreSeparateIncidentsAndKeepTheirKeysOnReimport() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = new ArrayList<>();
            String asb = ",2031-05,Sussex Police,Sussex Police,0.310,50.910,On or near Test Street," + h.l1()
                    + ",Test,Anti-social behaviour,,";
            rows.add(asb);
            rows.add(asb);
            rows.add(asb);
            rows.addAll(crimes(2, "2031-05", h.l2(), "Burglary"));
            importCsv(csv(rows), "text/csv").then().statusCode(200)
                    .body("accepted", equalTo(5)).body("duplicates", equalTo(0)).body("unmatchedArea", equalTo(0));
            importCsv(csv(rows), "text/csv").then().statusCode(200)
                    .body("accepted", equalTo(0)).body("duplicates", equalTo(5));
            assertEquals(5, stored(h, "2031-05"));
        }

        @Test
        void aChangedOutcomeUpdatesTheKnownCrime() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = Fixtures.crimeId();
            String row = id + ",2032-02,Sussex Police,Sussex Police,0.31,50.91,On or near X," + h.l1() + ",Test,Burglary,";
            importCsv(csv(List.of(row + "Under investigation,")), "text/csv").then().statusCode(200).body("accepted", equalTo(1));
            importCsv(csv(List.of(row + "Offender given a caution,")), "text/csv").then().statusCode(200)
                    .body("accepted", equalTo(0)).body("updated", equalTo(1)).body("duplicates", equalTo(0));
            assertEquals(1, stored(h, "2032-02"));
        }

        @Test
        void aCrimeMovedToAnotherLsoaOrMonthByAReimportMovesInTheReports() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = Fixtures.crimeId();
            String tail = ",Sussex Police,Sussex Police,0.31,50.91,On or near X,";
            importCsv(csv(List.of(id + ",2031-05" + tail + h.l1() + ",Test,Burglary,Under investigation,")), "text/csv")
                    .then().statusCode(200).body("accepted", equalTo(1));
            assertEquals(1, stored(h, "2031-05"));
            importCsv(csv(List.of(id + ",2031-06" + tail + h.l3() + ",Test,Burglary,Under investigation,")), "text/csv")
                    .then().statusCode(200).body("accepted", equalTo(0)).body("updated", equalTo(1));
            assertEquals(0, stored(h, "2031-05"));
            assertEquals(1, stored(h, "2031-06"));
            given().auth().oauth2(ANALYST).queryParam("level", "WARD").queryParam("from", "2031-06").queryParam("to", "2031-06")
                    .queryParam("within", h.county()).when().get("/api/v1/hotspots")
                    .then().statusCode(200).body("areas.find { it.code == '" + h.w2() + "' }.count", equalTo(1))
                    .body("areas.find { it.code == '" + h.w1() + "' }.count", equalTo(0));
        }

        @Test
        void aCrimeIdRepeatedInOneFileIsCountedOnceAsADuplicate() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = Fixtures.crimeId();
            importCsv(csv(List.of(
                    id + ",2033-02,Essex Police,Essex Police,0.31,50.91,On or near Church Street," + h.l1() + ",T,Violence and sexual offences,Unable to prosecute suspect,",
                    id + ",2033-02,Essex Police,Essex Police,,,No Location,,,Violence and sexual offences,Unable to prosecute suspect,")), "text/csv")
                    .then().statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(1))
                    // the stored (first) row has its LSOA; the repeat without one is not counted as unmatched
                    .body("unmatchedArea", equalTo(0));
            assertEquals(1, stored(h, "2033-02"));
        }

        /*
         * The tests run with 700-row chunks (pom.xml): here the first row of a Crime ID and its repeats are
         * merged in different chunks, and the first row still wins.
         */
        @Test
        void aCrimeIdRepeatedChunksApartKeepsItsFirstRow() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String id = Fixtures.crimeId();
            String first = id + ",2035-04,Sussex Police,Sussex Police,0.31,50.91,On or near X," + h.l1() + ",T,Burglary,Under investigation,";
            List<String> rows = new ArrayList<>();
            rows.add(first);
            rows.addAll(crimes(1_500, "2035-04", h.l2(), "Burglary"));
            rows.add(id + ",2035-04,Sussex Police,Sussex Police,,,No Location,,,Burglary,Offender given a caution,");
            rows.addAll(crimes(800, "2035-04", h.l2(), "Burglary"));
            rows.add(id + ",2035-05,Sussex Police,Sussex Police,0.35,50.95,On or near Y," + h.l3() + ",T,Burglary,Under investigation,");
            importCsv(csv(rows), "text/csv").then().statusCode(200)
                    .body("accepted", equalTo(2_301)).body("updated", equalTo(0)).body("duplicates", equalTo(2))
                    .body("unmatchedArea", equalTo(0));
            assertEquals(2_301, stored(h, "2035-04"));
            assertEquals(0, stored(h, "2035-05"));

            // again, with the first row now stored: the repeats still do not replace it
            List<String> again = new ArrayList<>(List.of(first));
            again.addAll(crimes(1_500, "2035-04", h.l2(), "Burglary"));
            again.add(rows.get(rows.size() - 1));
            importCsv(csv(again), "text/csv").then().statusCode(200)
                    .body("accepted", equalTo(1_500)).body("updated", equalTo(0)).body("duplicates", equalTo(2));
            assertEquals(3_801, stored(h, "2035-04"));
            assertEquals(0, stored(h, "2035-05"));
        }

        @Test
        void rowsWithoutLocationOrWithUnknownLsoasAreKeptButUnmatched() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = new ArrayList<>(crimes(2, "2034-03", h.l1(), "Drugs"));
            rows.add(Fixtures.crimeId() + ",2034-03,Sussex Police,Sussex Police,,,No Location,,,Drugs,Under investigation,");
            rows.addAll(crimes(1, "2034-03", "E01099999", "Drugs"));
            importCsv(csv(rows), "text/csv").then().statusCode(200)
                    .body("accepted", equalTo(4)).body("unmatchedArea", equalTo(2));
            assertEquals(2, stored(h, "2034-03"));
            given().auth().oauth2(ANALYST).queryParam("from", "2034-03").queryParam("to", "2034-03")
                    .when().get("/api/v1/incidents/unmatched")
                    .then().statusCode(200)
                    .body("withoutLsoa", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                    .body("lsoas.lsoaCode", org.hamcrest.Matchers.hasItem("E01099999"));
            given().auth().oauth2(TestTokens.forRole("officer")).queryParam("from", "2034-03").queryParam("to", "2034-03")
                    .when().get("/api/v1/incidents/unmatched").then().statusCode(403);
        }

        @Test
        void concatenatedFilesWithRepeatedHeadersAndContentEncodingGzipAreRead() throws IOException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            byte[] one = csv(crimes(3, "2035-01", h.l1(), "Robbery"));
            byte[] two = csv(crimes(4, "2035-01", h.l3(), "Robbery"));
            byte[] both = gzip(concat(one, two));
            given().auth().oauth2(ADMIN).contentType("text/csv").header("Content-Encoding", "gzip").body(both)
                    .when().post(IMPORT)
                    .then().statusCode(200).body("accepted", equalTo(7));
            assertEquals(7, stored(h, "2035-01"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void aWrongHeaderIsRejectedNamingItAndStoresNothing() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            String body = "Crime ID,Month,Force\n" + String.join("\n", crimes(2, "2036-01", h.l1(), "Drugs"));
            importCsv(body.getBytes(StandardCharsets.UTF_8), "text/csv").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("header"))
                    .body("violations[0].message", containsString("police.uk street-level header"));
            assertEquals(0, stored(h, "2036-01"));
        }

        @Test
        void aTruncatedGzipIsRejectedAndStoresNothing() throws IOException {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            byte[] whole = gzip(csv(crimes(500, "2037-01", h.l1(), "Shoplifting")));
            byte[] truncated = Arrays.copyOf(whole, whole.length - 40);
            importCsv(truncated, "application/gzip").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("body"))
                    .body("violations[0].message", containsString("truncated"));
            assertEquals(0, stored(h, "2037-01"));
        }

        @Test
        void anInvalidRowFailsTheWholeImportNamingTheLine() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = new ArrayList<>(crimes(1, "2038-01", h.l1(), "Drugs"));
            rows.add(Fixtures.crimeId() + ",2038-13,Sussex Police,Sussex Police,0.31,50.91,On or near X," + h.l1() + ",T,Drugs,,");
            rows.addAll(crimes(1, "2038-01", h.l1(), "Drugs"));
            importCsv(csv(rows), "text/csv").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations", hasSize(1))
                    .body("violations[0].field", equalTo("line 3"))
                    .body("violations[0].message", containsString("Month"))
                    .body("detail", containsString("nothing was imported"));
            assertEquals(0, stored(h, "2038-01"));

            importCsv(csv(rows), "text/csv").then().statusCode(400); // still nothing
            given().auth().oauth2(PARTNER).contentType("text/csv").body(csv(rows)).queryParam("skipInvalid", true)
                    .when().post(IMPORT)
                    .then().statusCode(200)
                    .body("accepted", equalTo(2))
                    .body("rejected", equalTo(1))
                    .body("errors[0].line", equalTo(3))
                    .body("errors[0].reason", containsString("2038-13 is not a month"));
            assertEquals(2, stored(h, "2038-01"));
        }

        @Test
        void anInvalidRowAfterChunksWereMergedStillStoresNothing() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = new ArrayList<>(crimes(2_000, "2038-02", h.l1(), "Drugs")); // three 700-row chunks
            rows.add(Fixtures.crimeId() + ",2038-02,Sussex Police,Sussex Police,0.31,north,On or near X," + h.l1() + ",T,Drugs,,");
            rows.addAll(crimes(10, "2038-02", h.l1(), "Drugs"));
            importCsv(csv(rows), "text/csv").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("line 2002"))
                    .body("detail", containsString("nothing was imported"));
            assertEquals(0, stored(h, "2038-02"));
        }

        @Test
        void unknownCrimeTypesAndBadCoordinatesAreRowErrors() {
            Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
            List<String> rows = List.of(
                    Fixtures.crimeId() + ",2039-01,P,P,0.31,50.91,X," + h.l1() + ",T,Jaywalking,,",
                    Fixtures.crimeId() + ",2039-01,P,P,east,50.91,X," + h.l1() + ",T,Drugs,,",
                    Fixtures.crimeId() + ",2039-01,P,P,0.31,,X," + h.l1() + ",T,Drugs,,",
                    Fixtures.crimeId() + ",2039-01,P,P,0.31,50.91,X");
            given().auth().oauth2(PARTNER).contentType("text/csv").body(csv(rows)).queryParam("skipInvalid", true)
                    .when().post(IMPORT)
                    .then().statusCode(200)
                    .body("accepted", equalTo(0))
                    .body("rejected", equalTo(4))
                    .body("errors.line", equalTo(List.of(2, 3, 4, 5)))
                    .body("errors[0].reason", containsString("Crime type"))
                    .body("errors[1].reason", containsString("Longitude"))
                    .body("errors[2].reason", containsString("both"))
                    .body("errors[3].reason", containsString("columns"));
        }

        @Test
        void anEmptyBodyAndOtherMediaTypesAreRefused() {
            importCsv(new byte[0], "text/csv").then().statusCode(400)
                    .body("violations[0].field", equalTo("body"));
            given().auth().oauth2(PARTNER).contentType("application/json").body("{}")
                    .when().post(IMPORT).then().statusCode(415).contentType("application/problem+json");
        }

        @Test
        void aTwoGigabyteUploadIsRefusedBeforeItIsRead() throws IOException {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + IMPORT + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + PARTNER
                        + "\r\nContent-Type: text/csv\r\nContent-Length: 2147483648\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(Fixtures.HEADER.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[12];
                int n = in.readNBytes(buffer, 0, 12);
                String status = new String(buffer, 0, n, StandardCharsets.US_ASCII);
                assertTrue(status.startsWith("HTTP/1.1 413"), status);
            }
        }
    }

    @Nested
    class Access {

        @Test
        void noTokenIs401() {
            given().contentType("text/csv").body(Fixtures.HEADER).when().post(IMPORT)
                    .then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void onlyPartnerSystemsAndAdminsImport() {
            for (String role : new String[] {"analyst", "coordinator", "officer"}) {
                given().auth().oauth2(TestTokens.forRole(role)).contentType("text/csv").body(Fixtures.HEADER + "\n")
                        .when().post(IMPORT).then().statusCode(403).contentType("application/problem+json");
            }
            given().auth().oauth2(ADMIN).contentType("text/csv").body(Fixtures.HEADER + "\n")
                    .when().post(IMPORT).then().statusCode(200).body("accepted", equalTo(0));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
